using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.57.0: an unanswered question is never reassurance. Two urgent rules about a NEW episode
/// needed an answered length of 7 days or less, so a person who did not give the length was read as if the pain were
/// long-standing. Their sources are about the acute picture: NICE NG118 1.1.1 images suspected renal colic within 24
/// hours of presentation and NICE CKS Renal or ureteric colic - acute describes loin pain with nausea and vomiting
/// (new_back_pain_with_vomiting); the acute abdomen tables and the aortic reviews describe sudden or new belly pain
/// running through to the back (new_or_sudden_back_and_belly_pain). The 7 days only narrow the rules: an answered
/// longer length still keeps them silent, and the guards below check that.
/// </summary>
public class PublishedRedFlagTests66
{
    private const string Vomiting = "new_back_pain_with_vomiting";
    private const string BellyBack = "new_or_sudden_back_and_belly_pain";

    [Fact]
    public void Back_pain_with_vomiting_of_untold_length_is_seen_within_a_day()
    {
        // A kidney stone told as colicky back pain with vomiting and no length: the picture NG118 images within 24 hours.
        var result = Kb.Engine.Assess(Kb.Case(51, "female", ("where.low_back", true),
            ("systemic.nausea_vomiting", true)));
        Kb.AssertSeenWithinADay(result, "visceral_referral", Vomiting);
    }

    [Theory]
    [InlineData("where.low_back", 1)]
    [InlineData("where.mid_upper_back", 7)]
    public void Back_pain_with_vomiting_within_a_week_fires(string site, int days)
    {
        Assert.True(Kb.Fires(Vomiting, 40, "male", (site, true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_no_sickness_or_an_answered_length_over_a_week_does_not_fire()
    {
        Assert.False(Kb.Fires(Vomiting, 40, "male", ("where.low_back", true), ("systemic.nausea_vomiting", false)));
        Assert.False(Kb.Fires(Vomiting, 40, "male", ("where.low_back", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 8)));
        Assert.False(Kb.Fires(Vomiting, 40, "male", ("where.hip", true), ("systemic.nausea_vomiting", true)));
    }

    [Fact]
    public void Belly_and_back_pain_of_untold_length_is_seen_within_a_day()
    {
        // Belly and low back pain getting worse, length and start not told: an aortic or belly cause is not excluded.
        var result = Kb.Engine.Assess(Kb.Case(57, "male", ("where.abdomen", true), ("where.low_back", true),
            ("episode.worsening", true)));
        Kb.AssertSeenWithinADay(result, "aaa", BellyBack);
    }

    [Fact]
    public void Near_miss_belly_and_back_pain_answered_over_a_week_with_a_gradual_start_does_not_fire()
    {
        Assert.False(Kb.Fires(BellyBack, 40, "female", ("where.abdomen", true), ("where.low_back", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 8)));
        Assert.False(Kb.Fires(BellyBack, 40, "female", ("where.abdomen", false), ("where.low_back", true)));
    }

    [Fact]
    public void Over_triage_guard_long_standing_backache_without_sickness_or_belly_pain_stays_below_urgent()
    {
        // Months of ordinary mechanical low back pain with no belly pain and no sickness is not made same day.
        var urgency = Kb.UrgencyOf(45, "male", ("where.low_back", true), ("systemic.nausea_vomiting", false),
            ("where.abdomen", false), ("pain.constant_unaffected_by_movement", false), ("episode.duration_days", 120));
        Assert.True(Urgency.Rank(urgency) > Urgency.Rank(Urgency.Urgent), urgency);
    }
}
