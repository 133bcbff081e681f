using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flag of knowledge 1.53.0, tested both ways with over-triage guards. A leg or foot that is cold, pale or
/// discoloured in pain of up to two weeks (or of untold length) is acute limb ischaemia until shown otherwise: a
/// sudden loss of perfusion up to two weeks, assessed by the six Ps (pain, pallor, pulselessness, perishing cold,
/// paraesthesia, paralysis), a time-critical vascular emergency (NHS Highland vascular guideline; ESVS 2020, Bjorck
/// et al.); leg pain over minutes, hours or days with pallor, coldness or cyanosis (South Kent Coast, after NICE
/// CKS). The older emergency rules needed a sudden start with numbness or weakness, or known artery disease.
/// </summary>
public class PublishedRedFlagTests62
{
    private const string Rule = "new_cold_pale_or_discoloured_leg";

    [Fact]
    public void Back_pain_with_a_cold_pale_leg_and_nothing_else_told_is_an_emergency()
    {
        // A young man with back pain and a cold, discoloured foot: no numbness, no artery disease, no length told.
        var result = Kb.Engine.Assess(Kb.Case(35, "male", ("where.low_back", true), ("pain.side", "left"),
            ("vascular.leg_skin_changes", true)));
        Kb.AssertEmergency(result, "vascular_claudication", Rule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(14)]
    public void A_cold_pale_leg_in_pain_of_up_to_two_weeks_fires(int days)
    {
        Assert.True(Kb.Fires(Rule, 58, "female", ("where.below_knee", true), ("vascular.leg_skin_changes", true),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_the_same_skin_for_months_or_no_skin_change_does_not_fire()
    {
        // Over two weeks: chronic limb ischaemia or claudication, left to vascular_claudication (soon).
        Assert.False(Kb.Fires(Rule, 68, "male", ("where.below_knee", true), ("vascular.leg_skin_changes", true),
            ("episode.duration_days", 15)));
        // A new leg pain with the skin answered normal.
        Assert.False(Kb.Fires(Rule, 68, "male", ("where.below_knee", true), ("vascular.leg_skin_changes", false),
            ("episode.duration_days", 3)));
    }

    [Fact]
    public void Over_triage_guard_chronic_claudication_with_shiny_skin_stays_soon()
    {
        // Five months of calf pain on walking that eases standing still, shiny skin: arterial disease, not an emergency.
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(68, "male", ("where.below_knee", true),
            ("vascular.calf_pain_walking_eases_standing", true), ("vascular.leg_skin_changes", true),
            ("episode.duration_days", 150), ("episode.onset", "gradual"), ("episode.worsening", false),
            ("neuro.leg_weakness", false), ("neuro.leg_numbness_tingling", false), ("hx.vascular_disease", false)));
    }

    private const string BackAndBelly = "aaa_risk_new_back_and_belly_pain_65_and_over";

    [Fact]
    public void A_woman_of_75_with_new_back_and_belly_pain_and_no_risk_answered_is_an_emergency()
    {
        // NICE NG156 1.1.3 (women 70 or over with a risk factor) and 1.1.8 (new abdominal and/or back pain): a risk not
        // asked is not reassurance.
        var result = Kb.Engine.Assess(Kb.Case(75, "female", ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 4)));
        Kb.AssertEmergency(result, "aaa", BackAndBelly);
    }

    [Fact]
    public void Near_miss_a_woman_who_denies_both_risks_or_is_under_70_does_not_fire()
    {
        Assert.False(Kb.Fires(BackAndBelly, 75, "female", ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 4), ("hx.smoker", false), ("hx.vascular_disease", false)));
        Assert.False(Kb.Fires(BackAndBelly, 68, "female", ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 4)));
        Assert.False(Kb.Fires(BackAndBelly, 75, "female", ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 30)));
    }

    [Fact]
    public void Over_triage_guard_long_standing_back_and_belly_pain_at_75_stays_below_emergency()
    {
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(75, "female", ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 90), ("episode.onset", "gradual"), ("episode.worsening", false),
            ("pain.severity_worst", 4), ("systemic.nausea_vomiting", false), ("systemic.fever", false)));
    }
}
