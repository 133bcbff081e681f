using HipSpine.Engine.Knowledge;

namespace HipSpine.Web.Assessments;

public sealed record AboutYouView(IReadOnlyDictionary<string, string> Errors, IFormCollection? Posted);

/// <summary>The body map's regions and, beside them, the side question (null where the knowledge has none).</summary>
public sealed record BodyMapView(IReadOnlyList<FindingQuestion> Regions, IFormCollection? Posted)
{
    public FindingQuestion? Side { get; init; }

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
}

/// <summary>Questions to render; <paramref name="DefaultUnsure"/> preselects "Not sure" (the all-questions page).</summary>
public sealed record QuestionsView(IReadOnlyList<FindingQuestion> Questions, IReadOnlyDictionary<string, string> Errors, IFormCollection? Posted, bool DefaultUnsure);

/// <summary>The error summary: each message with the question it is about (the field name alone for age and sex).</summary>
public sealed record ErrorSummaryView(IReadOnlyDictionary<string, string> Errors, IReadOnlyList<FindingQuestion> Questions)
{
    public string Describe(string field, string message) =>
        Questions.FirstOrDefault(q => q.Code == field) is { } q ? q.Question + " " + message
        : field == "age" ? "Age: " + message
        : field == "sex" ? "Sex: " + message
        : message;
}

/// <summary>HTML ids for fields: finding codes contain dots, which ids allow but CSS selectors and fragments handle badly.</summary>
public static class FieldIds
{
    public static string Of(string field) => "f-" + field.Replace('.', '-');

    public static string ErrorOf(string field) => "e-" + field.Replace('.', '-');
}
