using HipSpine.Engine.Knowledge;

namespace HipSpine.Web.Assessments;

public sealed record AboutYouView(IReadOnlyDictionary<string, string> Errors, IFormCollection? Posted);

public sealed record BodyMapView(IReadOnlyList<FindingQuestion> Regions, IFormCollection? Posted);

/// <summary>Questions to render; <paramref name="DefaultUnsure"/> preselects "Not sure" (the all-questions page).</summary>
public sealed record QuestionsView(IReadOnlyList<FindingQuestion> Questions, IReadOnlyDictionary<string, string> Errors, IFormCollection? Posted, bool DefaultUnsure);

/// <summary>HTML ids for fields: finding codes contain dots, which ids allow but CSS selectors and fragments handle badly.</summary>
public static class FieldIds
{
    public static string Of(string field) => "f-" + field.Replace('.', '-');

    public static string ErrorOf(string field) => "e-" + field.Replace('.', '-');
}
