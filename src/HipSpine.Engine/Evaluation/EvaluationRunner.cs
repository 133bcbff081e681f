using HipSpine.Engine.Assessment;

namespace HipSpine.Engine.Evaluation;

/// <summary>Runs labelled cases through the engine, full and patient-only.</summary>
public static class EvaluationRunner
{
    public static EvaluationReport Run(AssessmentEngine engine, IEnumerable<LabelledCase> cases)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var outcomes = cases.Select(c => Evaluate(engine, c)).ToArray();
        return new EvaluationReport(outcomes);
    }

    public static CaseOutcome Evaluate(AssessmentEngine engine, LabelledCase labelled)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(labelled);
        var full = engine.Assess(labelled.Full);
        var patientOnly = engine.Assess(labelled.PatientOnly);
        var fired = full.UrgencyReasons.Select(r => r.Rule).ToArray();
        var top = full.Sources.Take(3).ToArray();
        return new CaseOutcome(
            labelled.Id,
            labelled.Expected.Urgency,
            full.Urgency,
            labelled.Expected.AcceptableUrgency.Contains(full.Urgency),
            labelled.Expected.UrgencyPatientOnly,
            patientOnly.Urgency,
            labelled.Expected.Group,
            top.Select(s => s.Id).ToArray(),
            top.Select(s => s.Group).ToArray(),
            fired,
            labelled.Expected.Rules.Where(r => !fired.Contains(r)).ToArray())
        {
            AcceptableUrgency = labelled.Expected.AcceptableUrgency.Count > 0 ? labelled.Expected.AcceptableUrgency : [labelled.Expected.Urgency],
            ExpectedSource = labelled.Expected.Source,
            GoldSourceProbability = full.Sources.FirstOrDefault(s => s.Id == labelled.Expected.Source)?.Probability,
            Probabilities = full.Sources.ToDictionary(s => s.Id, s => s.Probability, StringComparer.Ordinal),
            RuleOutGroups = full.MustRuleOut.Select(r => r.Group).Distinct().ToArray(),
            TopGroupsPatientOnly = patientOnly.Sources.Take(3).Select(s => s.Group).ToArray(),
        };
    }
}
