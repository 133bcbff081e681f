using System.Globalization;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>An assessment read from an imported QuestionnaireResponse, assessed with the engine.</summary>
public sealed record ImportedAssessment(AssessmentCase Case, AssessmentResult Result, DateTimeOffset? Authored);

/// <summary>A pain rating read from an imported Observation (LOINC 72514-3).</summary>
public sealed record ImportedPain(DateTimeOffset At, int Pain);

/// <summary>How many entries one Bundle may hold and the window every imported date must fall in (the person's own days).</summary>
public sealed record ImportLimits(int MaxEntries, DateOnly Earliest, DateOnly Latest)
{
    /// <summary>Null when <paramref name="date"/> is in the window; else why not.</summary>
    public string? DateProblem(DateOnly date) =>
        date > Latest ? string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is in the future")
        : date < Earliest ? string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is before {Earliest:yyyy-MM-dd}, the earliest date that can be imported")
        : null;
}

/// <summary>
/// The outcome of reading a Bundle for import: either every entry read (and the assessments assessed), or
/// an OperationOutcome naming each invalid entry by index; never a part of the entries.
/// </summary>
/// <param name="IsValid">True when every entry was read.</param>
/// <param name="ProblemsJson">The OperationOutcome when not.</param>
/// <param name="Assessments">The QuestionnaireResponses read, in entry order.</param>
/// <param name="Pain">The pain Observations read, in entry order.</param>
public sealed record FhirImport(bool IsValid, string? ProblemsJson, IReadOnlyList<ImportedAssessment> Assessments, IReadOnlyList<ImportedPain> Pain)
{
    /// <summary>True when an entry is about another patient than the caller (403, not 400).</summary>
    public bool Forbidden { get; init; }

    /// <summary>The resource type of each entry, in order (a transaction-response answers entry by entry).</summary>
    public IReadOnlyList<string> EntryTypes { get; init; } = [];
}

/// <summary>Reads the entries of an imported Bundle: QuestionnaireResponses to hipspine-intake and pain Observations.</summary>
internal static class BundleImportReader
{
    /// <param name="json">The Bundle.</param>
    /// <param name="engine">Assesses the QuestionnaireResponses.</param>
    /// <param name="limits">Entry count and date window, if any.</param>
    /// <param name="patientId">The caller: every entry's subject must be this patient (or absent, meaning the caller).</param>
    /// <param name="transaction">Require a transaction Bundle whose entries are each a POST of their resource type.</param>
    /// <param name="canonical">The canonical base the QuestionnaireResponses must answer.</param>
    public static FhirImport Read(string json, AssessmentEngine engine, ImportLimits? limits, string? patientId = null, bool transaction = false, FhirCanonical? canonical = null)
    {
        var read = FhirJson.Read<Bundle>(json);
        if (!read.IsValid)
        {
            return Invalid(read.Problems.Issue);
        }

        var bundle = read.Resource!;
        var issues = new List<OperationOutcome.IssueComponent>();
        var forbidden = false;
        if (transaction && bundle.Type != Bundle.BundleType.Transaction)
        {
            return Invalid([Outcomes.Error("type: POST /fhir takes a Bundle of type transaction (all or nothing); batch and other types are not offered", "Bundle.type")]);
        }

        var assessments = new List<ImportedAssessment>();
        var pain = new List<ImportedPain>();
        if (bundle.Entry.Count == 0)
        {
            issues.Add(Outcomes.Error("the Bundle has no entries to import", "Bundle.entry"));
        }

        if (bundle.Entry.Count > limits?.MaxEntries)
        {
            // Refused before any entry is assessed: the size of one import is bounded, whatever the body size allows.
            return Invalid([Outcomes.Error(string.Create(CultureInfo.InvariantCulture,
                $"the Bundle has {bundle.Entry.Count} entries; at most {limits.MaxEntries} can be imported at once"), "Bundle.entry")]);
        }

        for (var index = 0; index < bundle.Entry.Count; index++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"Bundle.entry[{index}]");
            var prefix = string.Create(CultureInfo.InvariantCulture, $"entry {index}: ");
            var entryResource = bundle.Entry[index].Resource;
            if (transaction && RequestProblem(bundle.Entry[index], entryResource) is { } request)
            {
                issues.Add(Outcomes.Error(prefix + request, at + ".request"));
                continue;
            }

            if (patientId is not null && SubjectProblem(entryResource, patientId) is { } notCaller)
            {
                forbidden = true;
                issues.Add(Outcomes.Error(prefix + notCaller, at + ".resource.subject", OperationOutcome.IssueType.Forbidden));
                continue;
            }

            switch (entryResource)
            {
                case QuestionnaireResponse response:
                    var answers = QuestionnaireResponseReader.Read(response, engine.Knowledge, canonical);
                    if (!answers.IsValid)
                    {
                        issues.AddRange(answers.Problems.Issue.Select(i => Outcomes.Error(
                            prefix + i.Diagnostics,
                            at + ".resource" + (i.Expression.FirstOrDefault() is { } e ? e["QuestionnaireResponse".Length..] : ""))));
                        break;
                    }

                    var authored = response.AuthoredElement?.ToDateTimeOffset(TimeSpan.Zero);
                    if (authored is { } when && limits?.DateProblem(DateOnly.FromDateTime(when.DateTime)) is { } late)
                    {
                        issues.Add(Outcomes.Error(prefix + "authored: " + late, at + ".resource.authored"));
                        break;
                    }

                    assessments.Add(new ImportedAssessment(answers.Case!, engine.Assess(answers.Case!), authored));
                    break;
                case Observation observation:
                    var problem = PainProblem(observation, out var value);
                    if (problem is not null)
                    {
                        issues.Add(Outcomes.Error(prefix + problem, at + ".resource"));
                        break;
                    }

                    if (limits?.DateProblem(DateOnly.FromDateTime(value!.At.DateTime)) is { } outside)
                    {
                        issues.Add(Outcomes.Error(prefix + "effective: " + outside, at + ".resource.effective"));
                        break;
                    }

                    pain.Add(value!);
                    break;
                case null:
                    issues.Add(Outcomes.Error(prefix + "has no resource", at));
                    break;
                case var other:
                    issues.Add(Outcomes.Error(prefix + $"a {other.TypeName} cannot be imported (only QuestionnaireResponse and pain Observation {EverythingBuilder.PainCode})", at + ".resource"));
                    break;
            }
        }

        return issues.Count > 0
            ? Invalid(issues) with { Forbidden = forbidden }
            : new FhirImport(true, null, assessments, pain) { EntryTypes = bundle.Entry.Select(e => e.Resource!.TypeName).ToArray() };
    }

    private static string? RequestProblem(Bundle.EntryComponent entry, Resource? resource)
    {
        if (entry.Request is not { } request || request.Method != Bundle.HTTPVerb.POST)
        {
            return "request: each entry of a transaction must be a POST (HipSpine creates; it does not update or delete)";
        }

        return resource is not null && !string.Equals(request.Url?.Split('?')[0].TrimEnd('/'), resource.TypeName, StringComparison.Ordinal)
            ? $"request.url: '{request.Url}' must be the resource type, {resource.TypeName}"
            : null;
    }

    /// <summary>Null when the resource is about the caller (or names no subject); else why it is refused.</summary>
    private static string? SubjectProblem(Resource? resource, string patientId)
    {
        var subject = resource switch
        {
            QuestionnaireResponse response => response.Subject,
            Observation observation => observation.Subject,
            _ => null,
        };
        if (subject is null)
        {
            return null;
        }

        var reference = subject.Reference ?? "";
        var own = "Patient/" + patientId;
        return string.Equals(reference, own, StringComparison.Ordinal) || reference.EndsWith("/" + own, StringComparison.Ordinal)
            ? null
            : $"subject '{(reference.Length > 0 ? reference : subject.Display ?? "(no reference)")}' is not you ({own}): HipSpine stores only into the caller's own record";
    }

    private static string? PainProblem(Observation observation, out ImportedPain? pain)
    {
        pain = null;
        if (observation.Code?.Coding.Any(c => string.Equals(c.System, EverythingBuilder.LoincSystem, StringComparison.Ordinal)
            && string.Equals(c.Code, EverythingBuilder.PainCode, StringComparison.Ordinal)) != true)
        {
            return $"an Observation must be coded LOINC {EverythingBuilder.PainCode} (pain severity 0-10)";
        }

        if (observation.Status is not (ObservationStatus.Final or ObservationStatus.Amended or ObservationStatus.Corrected))
        {
            return "status: only a final, amended or corrected Observation can be imported";
        }

        if (observation.Value is not Integer { Value: { } value })
        {
            return "value: a pain rating must be a valueInteger";
        }

        if (value is < 0 or > 10)
        {
            return string.Create(CultureInfo.InvariantCulture, $"value: {value} is outside 0-10");
        }

        if (observation.Effective is not FhirDateTime effective || !effective.TryToDateTimeOffset(out var at))
        {
            return "effective: an effectiveDateTime is required";
        }

        pain = new ImportedPain(at, value);
        return null;
    }

    private static FhirImport Invalid(IEnumerable<OperationOutcome.IssueComponent> issues) =>
        new(false, FhirJson.Serialize(Outcomes.Of(issues)), [], []);
}
