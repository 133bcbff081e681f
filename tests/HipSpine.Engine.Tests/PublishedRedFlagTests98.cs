using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.88.0 (issue 12, two kinds from batch 137). (1) <c>hip_fracture_after_fall</c>: at 65 or over, a fall
/// with hip, groin, side-of-hip or front-of-thigh pain and difficulty walking or a limp told, within 7 days, is a
/// suspected hip fracture (NICE CG124 Context: immediate hospital assessment; BMJ Best Practice Hip fracture: X-ray
/// every fall with hip pain; NHS Hip fracture: a fracture need not stop walking, call 999); the 1.48.0 branch read only
/// the first day. (2) <c>non_mechanical_pain_not_improving_over_50</c>: at 50 or over, a low or mid/upper back pain at
/// night or not eased by rest, told as getting worse for 28-365 days, has failed to improve after a month (NHS
/// Gloucestershire back pain pathways; NICE CKS Back pain - low), whatever was said about treatment; a hip pain still
/// needs the care answer.
/// </summary>
public class PublishedRedFlagTests98
{
    private const string Fall = "hip_fracture_after_fall";
    private const string NotImproving = "non_mechanical_pain_not_improving_over_50";

    // heldout137 QL_01: a femoral neck fracture at 84 in a care home, hip and knee pain begun suddenly with a fall two
    // days before, difficulty walking (urgent in 1.87.0).
    private static readonly (string, object)[] FallTwoDaysWalkingHard =
    [
        ("where.hip", true), ("where.knee", true), ("hx.fall_or_minor_injury", true), ("episode.onset", "sudden"),
        ("episode.duration_days", 2), ("func.difficulty_walking_standing", true), ("hx.vascular_disease", true),
    ];

    // heldout137 QK_01: a vertebral osteomyelitis at 82, six months of low back and hip pain getting worse and waking
    // him at night, treatment not told (soon in 1.87.0).
    private static readonly (string, object)[] WorseningNightBackPain =
    [
        ("where.low_back", true), ("where.hip", true), ("episode.duration_days", 180), ("episode.worsening", true),
        ("pain.night", true),
    ];

    private static (string, object)[] With((string, object)[] picture, string code, object value) =>
        [.. picture.Where(f => f.Item1 != code), (code, value)];

    [Fact]
    public void The_spent_hip_pain_two_days_after_a_fall_with_walking_hard_at_84_is_an_emergency()
    {
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(84, "female", FallTwoDaysWalkingHard)), "hip_fracture", Fall);
    }

    [Fact]
    public void The_spent_groin_pain_a_week_after_a_fall_with_walking_hard_at_83_is_an_emergency()
    {
        // heldout14 KS_16: an impacted hip fracture at 83, still bearing weight a week after the fall (urgent in 1.87.0).
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(83, "male",
            ("where.groin", true), ("where.knee", true), ("hx.fall_or_minor_injury", true), ("episode.duration_days", 7),
            ("pain.worse_walking", true), ("func.difficulty_walking_standing", true), ("func.cannot_bear_weight", false),
            ("hx.cancer", true))), "hip_fracture", Fall);
    }

    [Theory]
    [InlineData("where.groin")]
    [InlineData("where.lateral_hip")]
    [InlineData("where.front_thigh")]
    public void A_limp_instead_of_difficulty_walking_fires_at_each_site_of_the_branch(string site)
    {
        Assert.True(Kb.Fires(Fall, 70, "female",
            (site, true), ("hx.fall_or_minor_injury", true), ("episode.duration_days", 5), ("func.limp", true)));
    }

    [Fact]
    public void Guard_under_65_no_fall_or_more_than_7_days_does_not_fire()
    {
        Assert.False(Kb.Fires(Fall, 64, "female", FallTwoDaysWalkingHard));
        Assert.False(Kb.Fires(Fall, 84, "female", With(FallTwoDaysWalkingHard, "hx.fall_or_minor_injury", false)));
        Assert.False(Kb.Fires(Fall, 84, "female", With(FallTwoDaysWalkingHard, "episode.duration_days", 8)));
    }

    [Fact]
    public void Guard_walking_told_fine_or_untold_after_the_first_day_does_not_fire()
    {
        Assert.False(Kb.Fires(Fall, 84, "female", With(FallTwoDaysWalkingHard, "func.difficulty_walking_standing", false)));
        Assert.False(Kb.Fires(Fall, 84, "female",
            [.. FallTwoDaysWalkingHard.Where(f => f.Item1 != "func.difficulty_walking_standing")]));
    }

    [Fact]
    public void Guard_back_buttock_or_knee_pain_only_does_not_fire_the_new_branch()
    {
        foreach (var site in new[] { "where.low_back", "where.buttock", "where.knee" })
        {
            Assert.False(Kb.Fires(Fall, 84, "female", (site, true), ("hx.fall_or_minor_injury", true),
                ("episode.duration_days", 2), ("func.difficulty_walking_standing", true)));
        }
    }

    [Fact]
    public void The_first_day_branch_still_reads_no_walking_answer()
    {
        Assert.True(Kb.Fires(Fall, 84, "female", ("where.hip", true), ("hx.fall_or_minor_injury", true),
            ("episode.duration_days", 1), ("func.difficulty_walking_standing", false)));
    }

    [Fact]
    public void The_spent_worsening_night_back_pain_of_six_months_at_82_is_seen_within_a_day()
    {
        var result = Kb.Engine.Assess(Kb.Case(82, "male", WorseningNightBackPain));
        Kb.AssertSeenWithinADay(result, "spinal_infection", NotImproving);
        Assert.Equal(Urgency.Urgent, result.Urgency);
    }

    [Fact]
    public void The_spent_worsening_night_pain_between_the_shoulder_blades_at_72_is_seen_within_a_day()
    {
        // heldout1 HS_08: spinal metastases of a prostate cancer at 72, three months of worsening thoracic night pain.
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(72, "male", ("where.mid_upper_back", true),
            ("episode.duration_days", 90), ("episode.worsening", true), ("pain.night", true))), "malignancy", NotImproving);
    }

    [Fact]
    public void Care_not_helping_still_fires_without_the_worsening()
    {
        Assert.True(Kb.Fires(NotImproving, 64, "female", ("where.hip", true), ("pain.night", true),
            ("episode.not_improving_with_care", true), ("episode.duration_days", 42)));
    }

    [Fact]
    public void Guard_a_hip_pain_getting_worse_at_night_without_the_care_answer_does_not_fire()
    {
        // The hip's night pain getting worse is the common picture of hip arthritis and trochanteric pain.
        Assert.False(Kb.Fires(NotImproving, 69, "female", ("where.hip", true), ("episode.duration_days", 365),
            ("episode.worsening", true), ("pain.night", true), ("func.hip_stiff_reduced_motion", true)));
        Assert.False(Kb.Fires(NotImproving, 65, "female", ("where.lateral_hip", true), ("episode.duration_days", 180),
            ("episode.worsening", true), ("pain.night", true), ("pain.worse_lying_on_side", true)));
    }

    [Fact]
    public void Guard_under_50_short_long_not_worsening_or_no_night_pain_does_not_fire()
    {
        Assert.False(Kb.Fires(NotImproving, 49, "male", WorseningNightBackPain));
        Assert.False(Kb.Fires(NotImproving, 82, "male", With(WorseningNightBackPain, "episode.duration_days", 27)));
        Assert.False(Kb.Fires(NotImproving, 82, "male", With(WorseningNightBackPain, "episode.duration_days", 366)));
        Assert.False(Kb.Fires(NotImproving, 82, "male", With(WorseningNightBackPain, "episode.worsening", false)));
        Assert.False(Kb.Fires(NotImproving, 82, "male", With(WorseningNightBackPain, "pain.night", false)));
    }
}
