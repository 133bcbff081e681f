using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.82.0: a new patient finding, <c>neuro.weakness_new</c> (the leg weakness began, or got suddenly worse,
/// in the last two weeks), asked only after a leg weakness is answered yes. The rules that read a "new" weakness
/// through the length of the pain also read the weakness's own newness when the person tells it: NICE NG234 reads new
/// limb weakness with spinal pain as suspected cord compression, acted on immediately; NICE CKS names a severe or
/// progressive bilateral deficit; South Tees makes a new or progressive deficit urgent the same day. A yes only widens:
/// a no (the weakness is old) never lowers a level below 1.81.0, and one leg stays urgent.
/// </summary>
public class PublishedRedFlagTests92
{
    private const string Bilateral = "bilateral_leg_weakness";
    private const string Progressive = "progressive_neuro_deficit";
    private const string InfectionRisk = "infection_risk_with_neuro_deficit";

    // heldout110 PI_12 re-told while she can still walk: a spinal tuberculosis at 31, 18 months of worsening low back
    // pain, then weakness and numbness of both legs. The 540 days were read as a long-standing weakness.
    private static readonly (string, object)[] TuberculosisStillWalking =
    [
        ("where.low_back", true), ("where.both_legs", true), ("episode.duration_days", 540), ("episode.worsening", true),
        ("neuro.leg_weakness", true), ("neuro.leg_numbness_tingling", true), ("func.cannot_bear_weight", false),
    ];

    // heldout111 PJ_12: a giant spinal ependymoma at 22, a year and a half of back pain, then new weakness of both legs
    // that makes walking hard (urgent in 1.81.0 through bilateral_or_worsening_sciatica; urgent or emergency acceptable).
    private static readonly (string, object)[] Ependymoma =
    [
        ("where.low_back", true), ("episode.duration_days", 548), ("episode.not_improving_with_care", true),
        ("neuro.leg_weakness", true), ("where.both_legs", true), ("func.difficulty_walking_standing", true),
    ];

    // heldout114 PM_01 re-told with the weakness's course untold: a spinal tuberculosis at 31, months of worsening back
    // pain after a fall, then a leg weakness and not able to walk, the side not told.
    private static readonly (string, object)[] TuberculosisSideUntold =
    [
        ("where.low_back", true), ("hx.fall_or_minor_injury", true), ("episode.worsening", true),
        ("episode.duration_days", 180), ("neuro.leg_weakness", true), ("func.cannot_bear_weight", true),
    ];

    [Fact]
    public void The_spent_pictures_told_as_a_new_weakness_are_emergencies_through_bilateral_leg_weakness()
    {
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(31, "female", With(TuberculosisStillWalking, true))), "cauda_equina", Bilateral);
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(22, "female", With(Ependymoma, true))), "cauda_equina", Bilateral);
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(31, "male", With(TuberculosisSideUntold, true))), "cauda_equina", Bilateral);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void Near_miss_the_weakness_said_not_new_or_untold_stays_as_in_1_81_0(bool? isNew)
    {
        // Not one of the three fires the new branches; each keeps its 1.81.0 level (never lower).
        Assert.False(Kb.Fires(Bilateral, 31, "female", With(TuberculosisStillWalking, isNew)));
        Assert.False(Kb.Fires(Bilateral, 22, "female", With(Ependymoma, isNew)));
        Assert.False(Kb.Fires(Bilateral, 31, "male", With(TuberculosisSideUntold, isNew)));
        Assert.Equal(Urgency.Urgent, Kb.Engine.Assess(Kb.Case(22, "female", With(Ependymoma, isNew))).Urgency);
        Assert.Equal(Urgency.Urgent, Kb.Engine.Assess(Kb.Case(31, "male", With(TuberculosisSideUntold, isNew))).Urgency);
    }

    [Theory]
    [InlineData("where.low_back", 200)]
    [InlineData("where.mid_upper_back", 400)]
    [InlineData("where.over_sij", 1000)]
    [InlineData("where.buttock", 3650)]
    public void A_new_weakness_in_both_legs_with_back_pain_is_an_emergency_at_any_length(string site, int days)
    {
        // The first branch; said stable or not, as its 14-day line of the pain.
        Assert.True(Kb.Fires(Bilateral, 45, "male", (site, true), ("where.both_legs", true), ("neuro.leg_weakness", true),
            ("neuro.weakness_new", true), ("neuro.weakness_worsening", false), ("episode.duration_days", days)));
        Assert.False(Kb.Fires(Bilateral, 45, "male", (site, true), ("where.both_legs", true), ("neuro.leg_weakness", true),
            ("neuro.weakness_new", false), ("neuro.weakness_worsening", false), ("episode.duration_days", days)));
    }

    [Fact]
    public void A_new_weakness_with_numbness_in_both_legs_fires_without_a_back_site()
    {
        // The 1.45.0 branch: hip pain of a year, then both legs weak and numb in the last two weeks.
        (string, object)[] findings =
        [
            ("where.hip", true), ("where.low_back", false), ("where.both_legs", true), ("neuro.leg_weakness", true),
            ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 365),
        ];
        Assert.True(Kb.Fires(Bilateral, 60, "female", [.. findings, ("neuro.weakness_new", true)]));
        Assert.False(Kb.Fires(Bilateral, 60, "female", findings));
    }

    [Fact]
    public void A_new_weakness_that_stops_walking_with_the_side_untold_is_an_emergency()
    {
        // The 1.81.0 branch: a new weakness beside a worsening one; one leg told stays urgent.
        Assert.True(Kb.Fires(Bilateral, 50, "male", With(TuberculosisSideUntold, true)));
        var oneLeg = Kb.Engine.Assess(Kb.Case(50, "male", [.. With(TuberculosisSideUntold, true), ("where.both_legs", false)]));
        Assert.DoesNotContain(oneLeg.UrgencyReasons, r => r.Rule == Bilateral);
        Assert.Equal(Urgency.Urgent, oneLeg.Urgency);
    }

    [Fact]
    public void A_new_weakness_of_one_leg_with_long_back_pain_is_seen_the_same_day_not_in_the_emergency_department()
    {
        // progressive_neuro_deficit: a year of back pain, then a weak foot this week, said not to be getting worse.
        (string, object)[] findings =
        [
            ("where.low_back", true), ("where.back_of_thigh", true), ("where.both_legs", false),
            ("neuro.leg_weakness", true), ("neuro.weakness_worsening", false), ("episode.duration_days", 365),
        ];
        var result = Kb.Engine.Assess(Kb.Case(38, "male", [.. findings, ("neuro.weakness_new", true)]));
        Assert.Contains(result.UrgencyReasons, r => r.Rule == Progressive);
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.False(Kb.Fires(Progressive, 38, "male", [.. findings, ("neuro.weakness_new", false)]));
    }

    [Fact]
    public void A_new_weakness_with_diabetes_or_steroids_is_an_emergency_beyond_the_year_line()
    {
        (string, object)[] findings =
        [
            ("where.low_back", true), ("neuro.leg_weakness", true), ("episode.duration_days", 730),
        ];
        Assert.True(Kb.Fires(InfectionRisk, 58, "female", [.. findings, ("hx.diabetes", true), ("neuro.weakness_new", true)]));
        Assert.True(Kb.Fires(InfectionRisk, 58, "female", [.. findings, ("hx.long_term_steroids", true), ("neuro.weakness_new", true)]));
        Assert.False(Kb.Fires(InfectionRisk, 58, "female", [.. findings, ("hx.diabetes", true), ("neuro.weakness_new", false)]));
        Assert.False(Kb.Fires(InfectionRisk, 58, "female", [.. findings, ("hx.diabetes", true)]));
    }

    [Fact]
    public void Near_miss_no_back_pain_or_no_weakness_is_not_read()
    {
        // Hip pain only, one leg: neither the bilateral nor the progressive branch.
        Assert.False(Kb.Fires(Progressive, 40, "female", ("where.hip", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("where.over_sij", false), ("where.buttock", false),
            ("neuro.leg_weakness", true), ("neuro.weakness_new", true), ("neuro.weakness_worsening", false),
            ("episode.duration_days", 300)));
        Assert.False(Kb.Fires(Bilateral, 40, "female", ("where.hip", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("where.over_sij", false), ("where.buttock", false), ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("neuro.weakness_new", true), ("episode.duration_days", 300)));
        Assert.False(Kb.Fires(Bilateral, 40, "female", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_weakness", false), ("neuro.weakness_new", true), ("episode.duration_days", 300)));
    }

    [Fact]
    public void The_question_is_asked_only_after_a_leg_weakness_is_answered_yes()
    {
        var question = Kb.Knowledge.FindQuestion("neuro.weakness_new")!;
        Assert.False(question.RedFlag);
        Assert.NotNull(question.AskIf);
        Assert.NotEqual(Conditions.Tri.False, question.AskIf!.Evaluate(Kb.Case(40, "male", ("neuro.leg_weakness", true))));
        Assert.Equal(Conditions.Tri.False, question.AskIf.Evaluate(Kb.Case(40, "male", ("neuro.leg_weakness", false))));
        Assert.Equal(Conditions.Tri.False, question.AskIf.Evaluate(Kb.Case(40, "male")));
        Assert.False(string.IsNullOrWhiteSpace(question.Why));
    }

    private static (string, object)[] With((string, object)[] findings, bool? isNew) =>
        isNew is { } value ? [.. findings, ("neuro.weakness_new", value)] : findings;
}
