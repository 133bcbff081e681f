namespace HipSpine.Fhir;

/// <summary>
/// The canonical base URL HipSpine publishes its Questionnaire, code systems, value sets, extension and operations
/// under, and the URLs derived from it. Configured per deployment (the web app's <c>Fhir:CanonicalBase</c>) so the
/// canonical URLs are the server's own and can be fetched; <see cref="Default"/> is where the app listens out of the box.
/// </summary>
public sealed record FhirCanonical
{
    /// <summary>The base of a HipSpine that runs with the default <c>Urls</c> (<c>http://127.0.0.1:5000</c>).</summary>
    public static FhirCanonical Default { get; } = new(FhirUris.Base);

    /// <summary>A canonical base; see <see cref="Problem"/> for what is accepted (a trailing slash is dropped).</summary>
    /// <exception cref="ArgumentException">The value is not an absolute http(s) URL without query or fragment.</exception>
    public FhirCanonical(string baseUrl)
    {
        if (Problem(baseUrl) is { } problem)
        {
            throw new ArgumentException(problem, nameof(baseUrl));
        }

        Base = baseUrl.TrimEnd('/');
    }

    public string Base { get; }

    public string IntakeQuestionnaire => Base + "/Questionnaire/" + FhirUris.IntakeQuestionnaireId;

    public string ExamQuestionnaire => Base + "/Questionnaire/" + FhirUris.ExamQuestionnaireId;

    public string SourceSystem => Base + "/CodeSystem/source";

    public string UrgencySystem => Base + "/CodeSystem/urgency";

    public string UrgencyExtension => Base + "/StructureDefinition/urgency";

    public string AnswerSystem => Base + "/CodeSystem/answer";

    /// <summary>The canonical URL of a resource type and id under this base, e.g. <c>ValueSet/urgency</c>.</summary>
    public string Of(string type, string id) => Base + "/" + type + "/" + id;

    /// <summary>Null when <paramref name="value"/> can be a canonical base; otherwise why not.</summary>
    public static string? Problem(string? value) =>
        !Uri.TryCreate(value, UriKind.Absolute, out var uri) ? $"'{value}' is not an absolute URL"
        : uri.Scheme is not ("http" or "https") ? $"'{value}' must be an http or https URL"
        : uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0 ? $"'{value}' must have no query, fragment or user name"
        : null;
}
