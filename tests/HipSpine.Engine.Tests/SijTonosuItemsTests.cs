using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Evidence round 23: two items of Kurosawa's SIJ score with Tonosu et al. 2018's figures (31 SIJ-related pains against
/// 123 other low back pains). PSIS tenderness (exam.sij_tenderness, LR 2.07 / 0.36) is its own group because Kurosawa's
/// multivariate model kept it beside the one-finger test (where.over_sij, LR 2.32 / 0.34), so the two multiply.
/// </summary>
public class SijTonosuItemsTests
{
    [Theory]
    [InlineData(true, 2.07)]
    [InlineData(false, 0.36)]
    public void Psis_tenderness_moves_sij_pain_by_its_own_ratio(bool tender, double lr) =>
        Assert.Equal(lr, Ratio(("exam.sij_tenderness", tender)), 6);

    [Theory]
    [InlineData(true, 2.32)]
    [InlineData(false, 0.34)]
    public void The_one_finger_site_moves_sij_pain_by_the_unselected_cohorts_ratio(bool site, double lr) =>
        Assert.Equal(lr, Ratio(("where.over_sij", site)), 6);

    [Fact]
    public void Tenderness_and_the_site_are_separate_groups_so_both_count() =>
        Assert.Equal(2.07 * 2.32, Ratio(("exam.sij_tenderness", true), ("where.over_sij", true)), 6);

    private static double Ratio(params (string Code, object Value)[] findings)
    {
        var sij = Kb.Knowledge.Sources.Single(s => s.Id == "sij_pain");
        var prior = Kb.Engine.SourceProbability(sij, Kb.Case(40, "female"));
        var answered = Kb.Engine.SourceProbability(sij, Kb.Case(40, "female", findings));
        return Odds(answered) / Odds(prior);
    }

    private static double Odds(double p) => p / (1 - p);
}
