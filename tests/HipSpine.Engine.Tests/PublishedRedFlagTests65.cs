using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.56.0, tested both ways with over-triage guards. First, Crohn's disease is now the commonest
/// cause of a secondary psoas abscess and forms intra-abdominal or pelvic abscesses in 10-30 % (Christodoulou et al.
/// 2001 Ann Gastroenterol 14:314; Kavanagh et al. 1979 J R Soc Med 72:612); the published cases come with lower belly
/// and hip pain, often without fever (Ogihara et al. 2000 Surg Today 30:759), and a Crohn's flare is checked for an
/// abscess the same day. Belly pain separates the bowel's abscess from the hip pain of spondyloarthritis, which the
/// same finding (psoriasis, bowel inflammation, uveitis) also holds. Second, acute abdominal pain in older patients
/// looks milder than it is and often needs admission and surgery (Lyon and Clark 2006 Am Fam Physician 74:1537); with
/// groin, hip or front-of-thigh pain it can be the bowel's abscess tracking to the psoas or a hernia, with fever in a
/// minority (Shields et al. 2012 Int J Surg 10:466). An untold length is never reassurance.
/// </summary>
public class PublishedRedFlagTests65
{
    private const string Rule = "bowel_inflammation_belly_and_hip_pain";
    private const string Older = "older_adult_new_belly_and_groin_pain";

    [Fact]
    public void Bowel_inflammation_with_belly_and_hip_pain_of_untold_length_is_seen_within_a_day()
    {
        // No fever, no length, no limp: the bowel disease with belly and hip pain is the published picture.
        var result = Kb.Engine.Assess(Kb.Case(22, "male", ("hx.inflammatory_disease", true),
            ("where.abdomen", true), ("where.hip", true)));
        Kb.AssertSeenWithinADay(result, "septic_hip", Rule);
    }

    [Theory]
    [InlineData("where.groin", 1)]
    [InlineData("where.front_thigh", 7)]
    [InlineData("where.buttock", 14)]
    public void Bowel_inflammation_with_belly_pain_and_hip_region_pain_within_14_days_fires(string site, int days)
    {
        Assert.True(Kb.Fires(Rule, 35, "female", ("hx.inflammatory_disease", true), ("where.abdomen", true),
            (site, true), ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_no_bowel_disease_no_belly_pain_no_hip_site_or_over_14_days_does_not_fire()
    {
        // Belly and hip pain without a bowel, skin or eye inflammation.
        Assert.False(Kb.Fires(Rule, 35, "female", ("hx.inflammatory_disease", false), ("where.abdomen", true),
            ("where.hip", true), ("episode.duration_days", 5)));
        // Crohn's disease with hip pain and no belly pain: not a same-day flag alone (immunosuppressed_new_hip_pain reads a weakened immune system).
        Assert.False(Kb.Fires(Rule, 35, "female", ("hx.inflammatory_disease", true), ("where.abdomen", false),
            ("where.hip", true), ("episode.duration_days", 5)));
        // Crohn's disease with belly pain and ordinary low back pain: no hip-region site.
        Assert.False(Kb.Fires(Rule, 35, "female", ("hx.inflammatory_disease", true), ("where.abdomen", true),
            ("where.low_back", true), ("episode.duration_days", 5)));
        // Belly and hip pain for two months: the short history of the hot-joint guideline bounds it.
        Assert.False(Kb.Fires(Rule, 35, "female", ("hx.inflammatory_disease", true), ("where.abdomen", true),
            ("where.hip", true), ("episode.duration_days", 60)));
    }

    [Fact]
    public void Over_triage_guard_psoriasis_with_buttock_pain_or_a_sporting_groin_strain_is_not_same_day()
    {
        // Spondyloarthritis: psoriasis and months of buttock pain, no belly pain (axspa_referral, soon).
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(31, "male", ("hx.inflammatory_disease", true),
            ("where.buttock", true), ("where.abdomen", false), ("episode.duration_days", 150)));
        // A footballer of 19 with three days of groin pain after a match, no bowel disease: not this rule.
        Assert.False(Kb.Fires(Rule, 19, "male", ("where.groin", true), ("hx.inflammatory_disease", false),
            ("hx.fall_or_minor_injury", true), ("episode.duration_days", 3)));
    }

    [Fact]
    public void New_belly_and_groin_pain_at_67_of_untold_length_is_seen_within_a_day()
    {
        // No fever, no vomiting, no length: the age and the two sites together are the published picture.
        var result = Kb.Engine.Assess(Kb.Case(67, "male", ("where.abdomen", true), ("where.groin", true)));
        Kb.AssertSeenWithinADay(result, "visceral_referral", Older);
    }

    [Theory]
    [InlineData("where.groin", 0)]
    [InlineData("where.hip", 3)]
    [InlineData("where.front_thigh", 7)]
    public void New_belly_pain_with_hip_region_pain_within_a_week_at_65_or_over_fires(string site, int days)
    {
        Assert.True(Kb.Fires(Older, 80, "female", ("where.abdomen", true), (site, true),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_under_65_no_belly_pain_or_over_a_week_does_not_fire()
    {
        Assert.False(Kb.Fires(Older, 64, "female", ("where.abdomen", true), ("where.groin", true),
            ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Older, 70, "female", ("where.abdomen", false), ("where.groin", true),
            ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Older, 70, "female", ("where.abdomen", true), ("where.groin", true),
            ("episode.duration_days", 8)));
    }

    [Fact]
    public void Over_triage_guard_months_of_arthritic_groin_pain_at_70_stay_soon()
    {
        // Hip osteoarthritis: eight months of groin pain on walking, no belly pain.
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(70, "male", ("where.groin", true), ("where.hip", true),
            ("where.abdomen", false), ("pain.worse_walking", true), ("systemic.fever", false),
            ("episode.duration_days", 240)));
    }
}
