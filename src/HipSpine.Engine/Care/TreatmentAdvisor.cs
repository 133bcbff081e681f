using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Conditions;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Care;

/// <summary>A caution that applies to this person, with the answers that triggered it.</summary>
public sealed record AppliedCaution(string Level, string Text, string Reference, IReadOnlyList<string> Findings);

/// <summary>A treatment option for this person, with what they may do with it (<see cref="TreatmentStatus"/>).</summary>
public sealed record TreatmentOption(TreatmentKnowledge Treatment, TreatmentStatus Status, IReadOnlyList<AppliedCaution> Cautions);

/// <summary>Filters treatment options by urgency, likely sources and contraindications.</summary>
internal static class TreatmentAdvisor
{
    /// <summary>The musculoskeletal sources the plan is built for: the likely ones, else the two most probable.</summary>
    public static IReadOnlyList<string> FocusSources(KnowledgeBase knowledge, AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(result);
        var musculoskeletal = result.Sources.Where(s => !SourceGroups.Serious.Contains(s.Group)).ToArray();
        var likely = musculoskeletal.Where(s => s.Probability >= knowledge.Manifest.LikelyThreshold).Select(s => s.Id).ToArray();
        return likely.Length > 0 ? likely : musculoskeletal.Take(2).Select(s => s.Id).ToArray();
    }

    public static IReadOnlyList<TreatmentOption> Options(KnowledgeBase knowledge, AssessmentResult result, AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(result);
        var focus = FocusSources(knowledge, result);
        var beSeenFirst = Urgency.Rank(result.Urgency) <= Urgency.Rank(Urgency.Urgent);
        return knowledge.Care.Treatments
            .Where(t => t.Suits.Count == 0 || t.Suits.Any(focus.Contains))
            .Select(t => Option(t, result.Urgency, beSeenFirst, subject))
            .OrderBy(o => StatusOrder(o.Status))
            .ThenBy(o => CategoryOrder(o.Treatment.Category))
            .ThenBy(o => o.Treatment.Name, StringComparer.Ordinal)
            .ToArray();
    }

    private static TreatmentOption Option(TreatmentKnowledge t, string urgency, bool beSeenFirst, AssessmentCase subject)
    {
        var cautions = t.Cautions
            .Where(c => c.When is null || c.When.Evaluate(subject) == Tri.True)
            .Select(c => new AppliedCaution(c.Level, c.Text, c.Reference, Supporting(c.When, subject)))
            .ToArray();
        var status = t.Evidence.All(e => e.Position is "not_recommended" or "against") ? TreatmentStatus.NotAdvised
            : cautions.Any(c => c.Level == "avoid") ? TreatmentStatus.Avoid
            : beSeenFirst ? TreatmentStatus.AfterBeingSeen
            : t.AfterFailedConservativeCare || t.SpecialistOnly ? TreatmentStatus.Specialist
            : t.Urgencies.Contains(urgency) ? TreatmentStatus.Offered
            : TreatmentStatus.AfterBeingSeen;
        return new TreatmentOption(t, status, cautions);
    }

    private static List<string> Supporting(Condition? when, AssessmentCase subject)
    {
        var findings = new List<string>();
        when?.CollectSupportingFindings(subject, findings);
        return findings;
    }

    private static int StatusOrder(TreatmentStatus status) => status switch
    {
        TreatmentStatus.Offered => 0,
        TreatmentStatus.AfterBeingSeen => 1,
        TreatmentStatus.Specialist => 2,
        TreatmentStatus.Avoid => 3,
        TreatmentStatus.NotAdvised => 4,
    };

    private static int CategoryOrder(TreatmentCategory category) => category switch
    {
        TreatmentCategory.Home => 0,
        TreatmentCategory.Conventional => 1,
        TreatmentCategory.Alternative => 2,
    };
}
