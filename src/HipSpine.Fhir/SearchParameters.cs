using System.Globalization;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// One search parameter HipSpine answers: its FHIR name and type, and how a value matches a resource. The
/// CapabilityStatement is written from this table, so what it promises is exactly what search does.
/// </summary>
internal sealed record SearchParameterDefinition(string Name, SearchParamType Type, string Documentation, Func<Resource, string, bool> Matches)
{
    /// <summary>The base R4 SearchParameter it implements (every one here is a standard parameter).</summary>
    public string Definition(string type) => Name.StartsWith('_')
        ? "http://hl7.org/fhir/SearchParameter/Resource" + Name.Replace('_', '-')
        : "http://hl7.org/fhir/SearchParameter/" + DefinitionType(type) + "-" + Name;

    // The base parameters shared by several types are defined once on the first of them (clinical-patient...).
    private string DefinitionType(string type) => (Name, type) switch
    {
        ("patient", "QuestionnaireResponse" or "Goal") => type,
        ("patient" or "date" or "code", "Observation" or "RiskAssessment" or "CarePlan") => "clinical",
        ("url" or "version" or "name" or "status", "Questionnaire" or "CodeSystem" or "ValueSet" or "StructureDefinition" or "OperationDefinition") => "conformance",
        _ => type,
    };
}

/// <summary>The search parameters of every resource type HipSpine serves.</summary>
internal static class SearchParameters
{
    /// <summary>The resource types of a patient's record (the Patient compartment HipSpine holds).</summary>
    public static IReadOnlyList<string> RecordTypes { get; } = ["Patient", "QuestionnaireResponse", "RiskAssessment", "Observation", "CarePlan", "Goal"];

    /// <summary>The definitional resource types: public, generated from the knowledge base.</summary>
    public static IReadOnlyList<string> DefinitionTypes { get; } = ["Questionnaire", "CodeSystem", "ValueSet", "StructureDefinition", "OperationDefinition"];

    private static readonly SearchParameterDefinition Id = new("_id", SearchParamType.Token, "The resource id", (r, v) => string.Equals(r.Id, v, StringComparison.Ordinal));

    private static readonly SearchParameterDefinition LastUpdated = new("_lastUpdated", SearchParamType.Date, "When the resource last changed (meta.lastUpdated)", (r, v) => DateMatch(r.Meta?.LastUpdated, v));

    private static readonly Dictionary<string, SearchParameterDefinition[]> Table = new(StringComparer.Ordinal)
    {
        ["Patient"] = [Token("gender", "The patient's administrative gender", r => ((Patient)r).Gender is { } g ? [new Coding("http://hl7.org/fhir/administrative-gender", Hl7.Fhir.Utility.EnumUtility.GetLiteral(g))] : [])],
        ["QuestionnaireResponse"] =
        [
            .. Subject(r => ((QuestionnaireResponse)r).Subject),
            Date("authored", "When the answers were given", r => Instant(((QuestionnaireResponse)r).AuthoredElement)),
            Uri("questionnaire", "The Questionnaire answered (canonical URL)", r => ((QuestionnaireResponse)r).Questionnaire),
            Token("status", "in-progress, completed, ...", r => [new Coding(null, Literal(((QuestionnaireResponse)r).Status))]),
        ],
        ["RiskAssessment"] =
        [
            .. Subject(r => ((RiskAssessment)r).Subject),
            Date("date", "When the assessment was made (occurrence)", r => Instant(((RiskAssessment)r).Occurrence as FhirDateTime)),
        ],
        ["Observation"] =
        [
            .. Subject(r => ((Observation)r).Subject),
            Token("code", "The observation's code (LOINC 72514-3 for pain ratings)", r => ((Observation)r).Code?.Coding ?? []),
            Token("category", "The observation's category (survey)", r => ((Observation)r).Category.SelectMany(c => c.Coding)),
            Date("date", "When it was observed (effective)", r => Instant(((Observation)r).Effective as FhirDateTime)),
            Token("status", "final, amended, ...", r => [new Coding(null, Literal(((Observation)r).Status))]),
        ],
        ["CarePlan"] =
        [
            .. Subject(r => ((CarePlan)r).Subject),
            Date("date", "When the plan starts (period)", r => Instant(((CarePlan)r).Period?.StartElement)),
            Token("status", "active, completed, ...", r => [new Coding(null, Literal(((CarePlan)r).Status))]),
        ],
        ["Goal"] =
        [
            .. Subject(r => ((Goal)r).Subject),
            Token("lifecycle-status", "proposed, active, ...", r => [new Coding(null, Literal(((Goal)r).LifecycleStatus))]),
        ],
        ["Questionnaire"] = Canonical(),
        ["CodeSystem"] = Canonical(),
        ["ValueSet"] = Canonical(),
        ["StructureDefinition"] = Canonical(),
        ["OperationDefinition"] = Canonical(),
    };

    /// <summary>The parameters of <paramref name="type"/> (with <c>_id</c> and <c>_lastUpdated</c>); empty for a type HipSpine does not serve.</summary>
    public static IReadOnlyList<SearchParameterDefinition> Of(string type) =>
        Table.TryGetValue(type, out var own) ? [Id, LastUpdated, .. own] : [];

    private static SearchParameterDefinition[] Subject(Func<Resource, ResourceReference?> subject) =>
    [
        new("patient", SearchParamType.Reference, "The patient (Patient/{id} or the id)", (r, v) => ReferenceMatch(subject(r), v)),
        new("subject", SearchParamType.Reference, "The subject (Patient/{id} or the id)", (r, v) => ReferenceMatch(subject(r), v)),
    ];

    private static SearchParameterDefinition[] Canonical() =>
    [
        Uri("url", "The canonical URL", r => ((IVersionableConformanceResource)r).Url),
        Token("version", "The business version (the knowledge version)", r => [new Coding(null, ((IVersionableConformanceResource)r).Version)]),
        new("name", SearchParamType.String, "The computer-friendly name (starts with, any case)",
            (r, v) => ((IVersionableConformanceResource)r).Name?.StartsWith(v, StringComparison.OrdinalIgnoreCase) == true),
        Token("status", "draft, active, retired", r => [new Coding(null, Literal(((IVersionableConformanceResource)r).Status))]),
    ];

    private static SearchParameterDefinition Token(string name, string documentation, Func<Resource, IEnumerable<Coding>> codings) =>
        new(name, SearchParamType.Token, documentation, (r, v) => codings(r).Any(c => TokenMatch(c, v)));

    private static SearchParameterDefinition Date(string name, string documentation, Func<Resource, DateTimeOffset?> date) =>
        new(name, SearchParamType.Date, documentation, (r, v) => DateMatch(date(r), v));

    private static SearchParameterDefinition Uri(string name, string documentation, Func<Resource, string?> uri) =>
        new(name, SearchParamType.Uri, documentation, (r, v) => uri(r) is { } actual
            && (string.Equals(actual, v, StringComparison.Ordinal) || string.Equals(actual, v.Split('|')[0], StringComparison.Ordinal) && VersionOf(r, v)));

    // url|version matches only that version (canonical search, R4 2.21.0.4).
    private static bool VersionOf(Resource resource, string value) =>
        value.Split('|') is [_, var version] && resource is IVersionableConformanceResource conformance
            ? string.Equals(conformance.Version, version, StringComparison.Ordinal)
            : value.IndexOf('|', StringComparison.Ordinal) < 0;

    private static string? Literal<T>(T? value)
        where T : struct, Enum => value is { } v ? Hl7.Fhir.Utility.EnumUtility.GetLiteral(v) : null;

    private static DateTimeOffset? Instant(FhirDateTime? date) =>
        date is not null && date.TryToDateTimeOffset(out var at) ? at : null;

    private static bool ReferenceMatch(ResourceReference? reference, string value)
    {
        var actual = reference?.Reference;
        if (actual is null)
        {
            return false;
        }

        var wanted = value.Contains('/', StringComparison.Ordinal) ? value : "Patient/" + value;
        return string.Equals(actual, wanted, StringComparison.Ordinal)
            || wanted.EndsWith("/" + actual, StringComparison.Ordinal); // an absolute URL of the same resource
    }

    private static bool TokenMatch(Coding coding, string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            return string.Equals(coding.Code, value, StringComparison.Ordinal);
        }

        var system = value[..bar];
        var code = value[(bar + 1)..];
        var systemMatches = system.Length == 0 ? string.IsNullOrEmpty(coding.System) : string.Equals(coding.System, system, StringComparison.Ordinal);
        return systemMatches && (code.Length == 0 || string.Equals(coding.Code, code, StringComparison.Ordinal));
    }

    /// <summary>A date parameter (<c>ge2026-05-01</c>) against a point in time; the value's precision is its range.</summary>
    /// <exception cref="FormatException">The value is not a FHIR date or dateTime with a known prefix.</exception>
    public static bool DateMatch(DateTimeOffset? actual, string value)
    {
        var (prefix, range) = DateRange(value);
        if (actual is not { } at)
        {
            return false;
        }

        var (low, high) = range;
        return prefix switch
        {
            "eq" => at >= low && at < high,
            "ne" => at < low || at >= high,
            "gt" => at >= high,
            "ge" => at >= low,
            "lt" => at < low,
            "le" => at < high,
            _ => throw new FormatException("unsupported prefix " + prefix),
        };
    }

    /// <summary>The prefix and the half-open range a date parameter value stands for.</summary>
    /// <exception cref="FormatException">Not a date.</exception>
    public static (string Prefix, (DateTimeOffset Low, DateTimeOffset High) Range) DateRange(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var prefix = value.Length > 2 && char.IsLetter(value[0]) && char.IsLetter(value[1]) ? value[..2] : "eq";
        var text = prefix == "eq" && !value.StartsWith("eq", StringComparison.Ordinal) ? value : value[2..];
        if (prefix is not ("eq" or "ne" or "gt" or "ge" or "lt" or "le"))
        {
            throw new FormatException($"'{value}': HipSpine supports the date prefixes eq, ne, gt, ge, lt and le");
        }

        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (text.Length == 4 && DateTime.TryParseExact(text, "yyyy", CultureInfo.InvariantCulture, styles, out var year))
        {
            return (prefix, (Utc(year), Utc(year).AddYears(1)));
        }

        if (text.Length == 7 && DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, styles, out var month))
        {
            return (prefix, (Utc(month), Utc(month).AddMonths(1)));
        }

        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out var day))
        {
            return (prefix, (Utc(day), Utc(day).AddDays(1)));
        }

        if (text.Length > 10 && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return (prefix, (instant, instant.AddSeconds(1)));
        }

        throw new FormatException($"'{value}' is not a FHIR date (YYYY, YYYY-MM, YYYY-MM-DD or a dateTime with seconds and a zone)");
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
