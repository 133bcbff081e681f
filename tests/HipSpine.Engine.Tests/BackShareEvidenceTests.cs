using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Evidence round 20: a prior that is a back-pain share weighted by the back share of hip and/or back consulters
/// (x 0.836, CiPCA) counts its source among back consulters only, so back pain answered gives the study's back-pain
/// share back (LR 1 / 0.836 = 1.2). These tests keep every such prior paired with that item, and the item one-sided:
/// the weighting never measured how often the source occurs without back pain.
/// </summary>
public class BackShareEvidenceTests
{
    private static readonly string[] BackWeighted =
        ["malignancy", "spinal_fracture", "cauda_equina", "inflammatory_arthritis", "lumbar_radiculopathy", "lumbar_stenosis", "visceral_referral"];

    [Fact]
    public void Every_derived_prior_weighted_by_the_back_share_has_the_back_share_item()
    {
        var weighted = Kb.Knowledge.Sources
            .Where(s => s.Prior.Status == "derived" && s.Prior.Derivation.Contains("x 0.836 =", StringComparison.Ordinal))
            .Select(s => s.Id).Order(StringComparer.Ordinal);
        Assert.Equal(BackWeighted.Order(StringComparer.Ordinal), weighted);
        foreach (var id in BackWeighted)
        {
            var item = Assert.Single(Kb.Knowledge.Sources.Single(s => s.Id == id).Evidence, e => e.Group == "back_share");
            Assert.Equal(1.2, item.LrPresent);
            Assert.Null(item.LrAbsent);
            Assert.Equal("derived", item.Status);
        }
    }

    [Fact]
    public void Back_pain_raises_malignancy_by_the_back_share_and_hip_pain_alone_leaves_the_prior()
    {
        // At 45 the age item (LR- 0.32, back pain only) applies too; hip pain alone is outside every scoped item.
        var malignancy = Kb.Knowledge.Sources.Single(s => s.Id == "malignancy");
        var back = Kb.Engine.SourceProbability(malignancy, Kb.Case(45, "female", ("where.low_back", true)));
        var hip = Kb.Engine.SourceProbability(malignancy, Kb.Case(45, "female", ("where.low_back", false), ("where.hip", true)));
        Assert.Equal(0.0055, hip, 4); // the weighted prior: a "no" to back pain is not evidence against
        Assert.Equal(1.2 * 0.32, Odds(back) / Odds(hip), 6);
    }

    private static double Odds(double p) => p / (1 - p);
}
