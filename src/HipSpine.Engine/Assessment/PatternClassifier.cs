using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Names the hip-spine pattern (CONTRACT.md): which side is likely (probability at or above the manifest's
/// threshold) and where the person feels pain.
/// </summary>
internal static class PatternClassifier
{
    private static readonly string[] BackSites = ["where.low_back", "where.mid_upper_back", "where.over_sij"];
    private static readonly string[] HipSites = ["where.hip", "where.groin", "where.lateral_hip", "where.buttock", "where.front_thigh"];

    public static string Classify(KnowledgeManifest manifest, IReadOnlyList<SourceResult> sources, AssessmentCase subject)
    {
        var hipLikely = sources.Any(s => s.Probability >= manifest.LikelyThreshold && manifest.HipSources.Contains(s.Id));
        var spineLikely = sources.Any(s => s.Probability >= manifest.LikelyThreshold && manifest.SpineSources.Contains(s.Id));
        var backPain = BackSites.Any(code => IsTrue(subject, code));
        var hipPain = HipSites.Any(code => IsTrue(subject, code));
        if (hipLikely && spineLikely)
        {
            return Patterns.Combined;
        }

        if (hipLikely && backPain)
        {
            return Patterns.HipDriven;
        }

        return spineLikely && hipPain ? Patterns.SpineDriven : Patterns.Unclear;
    }

    private static bool IsTrue(AssessmentCase subject, string code) => subject.Get(code) is { IsKnown: true, AsBool: true };
}
