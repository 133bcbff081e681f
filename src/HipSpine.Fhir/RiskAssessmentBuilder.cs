using System.Globalization;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Care;
using HipSpine.Engine.Knowledge;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// Maps an <see cref="AssessmentResult"/> to a FHIR R4 RiskAssessment: the urgency as an extension
/// (<see cref="FhirCanonical.UrgencyExtension"/>, coded in <see cref="FhirCanonical.UrgencySystem"/>), one prediction per
/// source with its probability, the fired rules' advice as <c>mitigation</c>, and the rules, pattern and knowledge version as notes.
/// </summary>
/// <remarks>
/// The subject is optional for HipSpine (the assessment is stateless), but R4 requires one: without a
/// patient reference the subject is a display-only reference to an anonymous person. Patient records will
/// pass a real reference here later.
/// </remarks>
internal static class RiskAssessmentBuilder
{
    public const string Method = "HipSpine triage";

    /// <summary>Why the predictions' probabilities do not add up to 1: each is an estimate on its own.</summary>
    public const string ProbabilitiesNote = "Each prediction's probability is HipSpine's estimate that this source contributes to the pain, "
        + "made for each source on its own (its prior moved by the likelihood ratios of the answers). Several sources can contribute at once, "
        + "so the probabilities are not shares of one whole and need not sum to 1.";

    /// <summary>The id a response gets when it travels contained in the RiskAssessment.</summary>
    public const string ContainedResponseId = "response";

    public static RiskAssessment Build(
        AssessmentResult result,
        KnowledgeBase knowledge,
        DateTimeOffset now,
        QuestionnaireResponse? basis = null,
        ResourceReference? subject = null,
        FhirCanonical? canonical = null)
    {
        canonical ??= FhirCanonical.Default;
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(knowledge);
        var assessment = new RiskAssessment
        {
            // Answers still being given make a provisional assessment: preliminary, never final.
            Status = basis?.Status == QuestionnaireResponse.QuestionnaireResponseStatus.InProgress ? ObservationStatus.Preliminary : ObservationStatus.Final,
            Method = new CodeableConcept { Text = Method },
            Code = new CodeableConcept { Text = Method },
            Subject = subject ?? basis?.Subject ?? new ResourceReference { Display = "Anonymous person (not identified)" },
            Occurrence = new FhirDateTime(now),
            Mitigation = Mitigation(result, knowledge),
        };

        AddBasis(assessment, basis);
        assessment.Extension.Add(new Extension(canonical.UrgencyExtension, UrgencyConcept(result, knowledge, canonical)));
        foreach (var source in result.Sources)
        {
            var name = knowledge.Vocabulary.FindSource(source.Id)?.Name is { Length: > 0 } n ? n : source.Id;
            assessment.Prediction.Add(new RiskAssessment.PredictionComponent
            {
                Outcome = Outcome(source.Id, name, canonical),
                Probability = new FhirDecimal((decimal)source.Probability),
            });
        }

        foreach (var note in Notes(result))
        {
            assessment.Note.Add(new Annotation { Text = note });
        }

        return assessment;
    }

    private static CodeableConcept Outcome(string sourceId, string name, FhirCanonical canonical)
    {
        var outcome = new CodeableConcept(canonical.SourceSystem, sourceId, name, name);
        outcome.Coding.AddRange(Terminology.OfSource(sourceId));
        return outcome;
    }

    private static void AddBasis(RiskAssessment assessment, QuestionnaireResponse? basis)
    {
        if (basis is null)
        {
            return;
        }

        if (!string.IsNullOrEmpty(basis.Id))
        {
            assessment.Basis.Add(new ResourceReference("QuestionnaireResponse/" + basis.Id));
            return;
        }

        if (basis.Contained.Count > 0)
        {
            return; // a contained resource may not contain others (dom-2): no basis rather than an invalid one
        }

        var copy = (QuestionnaireResponse)basis.DeepCopy();
        copy.Id = ContainedResponseId;
        copy.Meta = null; // dom-4: a contained resource has no versionId or lastUpdated
        copy.Text = null;
        assessment.Contained.Add(copy);
        assessment.Basis.Add(new ResourceReference("#" + ContainedResponseId));
    }

    private static CodeableConcept UrgencyConcept(AssessmentResult result, KnowledgeBase knowledge, FhirCanonical canonical)
    {
        var meaning = knowledge.Vocabulary.Urgencies.FirstOrDefault(u => u.Id == result.Urgency)?.Meaning ?? result.Urgency;
        return new CodeableConcept(canonical.UrgencySystem, result.Urgency, result.Urgency, meaning);
    }

    private static string Mitigation(AssessmentResult result, KnowledgeBase knowledge)
    {
        var advice = result.UrgencyReasons.Select(r => r.Advice).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return advice.Length > 0
            ? string.Join("\n\n", advice)
            : knowledge.Vocabulary.Urgencies.FirstOrDefault(u => u.Id == result.Urgency)?.Meaning ?? result.Urgency;
    }

    private static IEnumerable<string> Notes(AssessmentResult result)
    {
        yield return result.UrgencyReasons.Count == 0
            ? "Fired rules: none."
            : "Fired rules: " + string.Join("; ", result.UrgencyReasons.Select(r =>
                $"{r.Rule} ({r.Urgency}; findings: {string.Join(", ", r.Findings)}; {r.Reference})")) + ".";
        if (result.UnansweredRedFlags.Count > 0)
        {
            yield return "Unanswered red-flag questions (treated as not present): " + string.Join(", ", result.UnansweredRedFlags) + ".";
        }

        yield return ProbabilitiesNote;
        yield return "Pattern: " + CareCodes.Code(result.Pattern) + ".";
        yield return string.Create(CultureInfo.InvariantCulture, $"Knowledge version: {result.KnowledgeVersion}.");
    }
}
