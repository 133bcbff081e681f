using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flag of knowledge 1.52.0, tested both ways with over-triage guards. A known aortic aneurysm, or a dilated
/// aorta on imaging, with hip or leg pain that is getting worse or began suddenly is a symptomatic aneurysm:
/// symptomatic aneurysms require emergency assessment (Robinson et al. 2013 Aust Fam Physician 42(6)); a suspected
/// symptomatic aneurysm is discussed immediately with the on-call vascular team (BNSSG Remedy); an aneurysm's pain
/// can radiate to the legs, progressive symptoms signal expansion, and a thrombosing aneurysm gives acute claudication
/// (Medscape, AAA clinical presentation). The older branches of <c>aaa</c> needed back, side, belly, buttock or groin
/// pain, or new (14 days) hip or thigh pain.
/// </summary>
public class PublishedRedFlagTests61
{
    private const string Aaa = "aaa";

    [Fact]
    public void A_known_aneurysm_with_walking_pain_in_both_legs_suddenly_worse_is_an_emergency()
    {
        // No length told, nothing in the back or belly: the leg symptoms of an aneurysm are enough.
        var result = Kb.Engine.Assess(Kb.Case(68, "male", ("hx.known_aortic_aneurysm", true), ("where.both_legs", true),
            ("func.walking_distance_reduced", true), ("episode.worsening", true), ("episode.onset", "sudden")));
        Kb.AssertEmergency(result, "aaa", Aaa);
    }

    [Theory]
    [InlineData("where.below_knee", "episode.worsening", true)]
    [InlineData("where.back_of_thigh", "episode.worsening", true)]
    [InlineData("where.hip", "episode.onset", "sudden")]
    public void A_known_aneurysm_with_long_standing_leg_pain_now_worse_or_sudden_fires(string site, string course, object value)
    {
        // Half a year of pain: the older 14-day branch does not reach it, the 1.52.0 branch does.
        Assert.True(Kb.Fires(Aaa, 72, "male", ("hx.known_aortic_aneurysm", true), (site, true),
            ("episode.duration_days", 180), (course, value)));
    }

    [Fact]
    public void An_aneurysm_seen_on_a_scan_with_worse_leg_pain_fires_on_the_clinician_finding()
    {
        Assert.True(Kb.Fires(Aaa, 68, "male", ("test.imaging_aorta_dilated", true), ("where.both_legs", true),
            ("episode.worsening", true), ("episode.duration_days", 365)));
    }

    [Fact]
    public void Near_miss_stable_long_standing_leg_pain_or_no_aneurysm_does_not_fire()
    {
        // Stable pain for a year with a known aneurysm: surveillance aneurysms and arthritic hips are common together.
        Assert.False(Kb.Fires(Aaa, 72, "male", ("hx.known_aortic_aneurysm", true), ("where.both_legs", true),
            ("episode.duration_days", 365), ("episode.worsening", false), ("episode.onset", "gradual")));
        Assert.False(Kb.Fires(Aaa, 72, "male", ("test.imaging_aorta_dilated", true), ("where.hip", true),
            ("episode.duration_days", 365), ("episode.worsening", false)));
        // The same worse leg pain with no aneurysm known or seen.
        Assert.False(Kb.Fires(Aaa, 72, "male", ("where.both_legs", true), ("episode.duration_days", 365),
            ("episode.worsening", true), ("hx.known_aortic_aneurysm", false)));
    }

    [Fact]
    public void Near_miss_a_worse_knee_alone_with_a_known_aneurysm_does_not_fire()
    {
        Assert.False(Kb.Fires(Aaa, 75, "female", ("hx.known_aortic_aneurysm", true), ("where.knee", true),
            ("episode.duration_days", 400), ("episode.worsening", true)));
    }

    [Fact]
    public void Over_triage_guard_worse_walking_pain_in_both_legs_at_70_without_an_aneurysm_stays_below_emergency()
    {
        // Spinal stenosis getting worse over months, no aneurysm known: the common picture, not an emergency.
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(70, "male", ("where.low_back", true), ("where.both_legs", true),
            ("func.walking_distance_reduced", true), ("episode.worsening", true), ("episode.onset", "gradual"),
            ("episode.duration_days", 365), ("hx.known_aortic_aneurysm", false), ("neuro.leg_weakness", false),
            ("neuro.bladder_change", false), ("systemic.fever", false)));
    }
}
