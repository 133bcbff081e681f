using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Evidence round 22: Laslett et al. 2005 give two composites of the same tests, three or more of six (LR+ 4.27,
/// LR- 0.08) and two or more of four; HipSpine counts five (the four and Gaenslen's). A count of two is positive by one
/// and negative by the other, so it carries no likelihood ratio; 0-1 is negative by both, 3-5 positive by both.
/// </summary>
public class SijProvocationCountTests
{
    [Theory]
    [InlineData(0, 0.08)]
    [InlineData(1, 0.08)]
    [InlineData(2, 1.0)]
    [InlineData(3, 4.27)]
    [InlineData(5, 4.27)]
    public void The_count_of_positive_tests_moves_sij_pain_by_its_stratum(int count, double lr)
    {
        var sij = Kb.Knowledge.Sources.Single(s => s.Id == "sij_pain");
        var prior = Kb.Engine.SourceProbability(sij, Kb.Case(40, "female"));
        var examined = Kb.Engine.SourceProbability(sij, Kb.Case(40, "female", ("exam.sij_provocation_positive", count)));
        Assert.Equal(lr, Odds(examined) / Odds(prior), 6);
    }

    private static double Odds(double p) => p / (1 - p);
}
