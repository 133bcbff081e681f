using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.87.0 (issue 12). <c>recent_childbirth_pain_walking_or_unwell</c> has fired on a fall or minor injury in
/// the 6 weeks after a birth since 1.86.0, but its title, advice and explanation still spoke only of walking and feeling
/// unwell: a woman sent the same day because she fell was not told so. The words a person reads must name what made the
/// rule fire, so the fall is named in all three.
/// </summary>
public class PublishedRedFlagTests97
{
    private const string Birth = "recent_childbirth_pain_walking_or_unwell";

    [Fact]
    public void A_fall_after_a_birth_is_named_in_the_title_the_advice_and_the_explanation()
    {
        var result = Kb.Engine.Assess(Kb.Case(31, "female",
            ("where.hip", true), ("hx.recent_childbirth", true), ("hx.fall_or_minor_injury", true)));
        var reason = Assert.Single(result.UrgencyReasons, r => r.Rule == Birth);
        Assert.Contains("hx.fall_or_minor_injury", reason.Findings);
        Assert.Contains("a fall", reason.Name, StringComparison.Ordinal);
        Assert.Contains("whether you fell or hurt yourself", reason.Advice, StringComparison.Ordinal);
        Assert.Contains("follows a fall", reason.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_walking_and_feeling_unwell_branches_keep_their_words()
    {
        var result = Kb.Engine.Assess(Kb.Case(31, "female",
            ("where.low_back", true), ("hx.recent_childbirth", true), ("systemic.unwell", true)));
        var reason = Assert.Single(result.UrgencyReasons, r => r.Rule == Birth);
        Assert.Contains("feel unwell", reason.Advice, StringComparison.Ordinal);
        Assert.Contains("walking is hard", reason.Advice, StringComparison.Ordinal);
    }
}
