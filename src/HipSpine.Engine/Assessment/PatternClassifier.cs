using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Names the hip-spine pattern (docs/contract.md): which side is likely (probability at or above the manifest's
/// threshold) and where the person feels pain. The pain sites are looked up in the vocabulary once, when the
/// engine is built, so classifying a case is a few array reads.
/// </summary>
internal sealed class PatternClassifier(KnowledgeBase knowledge)
{
    private static readonly string[] BackSites = ["where.low_back", "where.mid_upper_back", "where.over_sij"];
    private static readonly string[] HipSites = ["where.hip", "where.groin", "where.lateral_hip", "where.buttock", "where.front_thigh"];

    private readonly KnowledgeManifest manifest = knowledge.Manifest;
    private readonly int[] backSites = IndexesOf(knowledge, BackSites);
    private readonly int[] hipSites = IndexesOf(knowledge, HipSites);

    public PainPattern Classify(IReadOnlyList<SourceResult> sources, AssessmentCase subject)
    {
        var hipLikely = AnyLikely(sources, manifest.HipSources);
        var spineLikely = AnyLikely(sources, manifest.SpineSources);
        var backPain = AnyTrue(subject, backSites);
        var hipPain = AnyTrue(subject, hipSites);
        if (hipLikely && spineLikely)
        {
            return PainPattern.Combined;
        }

        if (hipLikely && backPain)
        {
            return PainPattern.HipDriven;
        }

        return spineLikely && hipPain ? PainPattern.SpineDriven : PainPattern.Unclear;
    }

    private bool AnyLikely(IReadOnlyList<SourceResult> sources, IReadOnlyList<string> side)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].Probability >= manifest.LikelyThreshold && Contains(side, sources[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> list, string id)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyTrue(AssessmentCase subject, int[] findingIndexes)
    {
        foreach (var index in findingIndexes)
        {
            if (subject[index] is { IsKnown: true, AsBool: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Vocabulary indexes of the codes it has (a code it lacks can never be answered, so it is left out).</summary>
    private static int[] IndexesOf(KnowledgeBase knowledge, string[] codes) =>
        [.. codes.Select(c => knowledge.Vocabulary.FindFinding(c)).OfType<Vocabulary.FindingDefinition>().Select(f => f.Index)];
}
