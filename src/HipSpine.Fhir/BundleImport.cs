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
public sealed record FhirImport(bool IsValid, string? ProblemsJson, IReadOnlyList<ImportedAssessment> Assessments, IReadOnlyList<ImportedPain> Pain);

/// <summary>Reads the entries of an imported Bundle: QuestionnaireResponses to hipspine-intake and pain Observations.</summary>
internal static class BundleImportReader
{
    public static FhirImport Read(string json, AssessmentEngine engine, ImportLimits? limits)
    {
        var read = FhirJson.Read<Bundle>(json);
        if (!read.IsValid)
        {
            return Invalid(read.Problems.Issue);
        }

        var bundle = read.Resource!;
        var issues = new List<OperationOutcome.IssueComponent>();
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
            switch (bundle.Entry[index].Resource)
            {
                case QuestionnaireResponse response:
                    var answers = QuestionnaireResponseReader.Read(response, engine.Knowledge);
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

        return issues.Count > 0 ? Invalid(issues) : new FhirImport(true, null, assessments, pain);
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
