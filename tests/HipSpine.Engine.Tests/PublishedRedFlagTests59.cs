using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flag of knowledge 1.50.0, tested both ways with over-triage guards: pain spreading from the low back into
/// both legs is bilateral radicular pain, a suspected (not yet incomplete) cauda equina syndrome in the SBNS/BASS 2018
/// standards and the GIRFT 2023 pathway (new onset bilateral leg pain), and NICE CKS names bilateral sciatica. The
/// front of the thigh is the L2-L4 root's territory, so it counts as a radicular site beside the back of the thigh and
/// below the knee; a radicular pain in both legs that rest and painkillers do not ease, of up to three months or of
/// unanswered length, is checked the same day (<c>bilateral_or_worsening_sciatica</c>, urgent). Urgent, not emergency:
/// Todd and Dickson 2016 (Standards of care in cauda equina syndrome) treats bilateral radiculopathy without sphincter signs as
/// next-day surgery unless it becomes incomplete CES, and BMJ Best Practice makes the emergency rest on bladder,
/// bowel, saddle, sexual or bilateral motor signs; unanswered bladder or saddle questions are left to the interview,
/// which asks them, and the emergency rule <c>cauda_equina</c> reads them when answered.
/// </summary>
public class PublishedRedFlagTests59
{
    private const string Bilateral = "bilateral_or_worsening_sciatica";

    private static readonly (string, object)[] FrontThighsUnrelieved =
    [
        ("where.low_back", true), ("where.front_thigh", true), ("where.both_legs", true),
        ("pain.unrelieved_by_rest_or_painkillers", true),
    ];

    [Fact]
    public void Pain_into_the_front_of_both_thighs_not_eased_by_painkillers_length_unanswered_is_same_day()
    {
        // An unanswered length is no reassurance that the pain is old (orUnanswered on the three-month line).
        var result = Kb.Engine.Assess(Kb.Case(44, "female", FrontThighsUnrelieved));
        Kb.AssertSeenWithinADay(result, "cauda_equina", Bilateral);
    }

    [Theory]
    [InlineData("where.back_of_thigh", 30)]
    [InlineData("where.below_knee", 90)]
    [InlineData("where.front_thigh", 60)]
    public void Unrelieved_radicular_pain_in_both_legs_up_to_three_months_fires(string site, int days)
    {
        Assert.True(Kb.Fires(Bilateral, 50, "male", ("where.buttock", true), (site, true), ("where.both_legs", true),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("episode.duration_days", days)));
    }

    [Fact]
    public void Pain_into_the_front_of_both_thighs_of_a_week_counts_as_new_bilateral_leg_pain()
    {
        // The front of the thigh now joins the leg sites of the new-onset branch (14 days).
        Assert.True(Kb.Fires(Bilateral, 40, "female", ("where.front_thigh", true), ("where.both_legs", true),
            ("episode.duration_days", 7)));
    }

    [Fact]
    public void Near_miss_pain_eased_by_rest_one_leg_no_back_or_longer_than_three_months_does_not_fire()
    {
        (string, object)[] noOtherBranch = [("episode.worsening", false), ("neuro.leg_numbness_tingling", false)];
        Assert.False(Kb.Fires(Bilateral, 44, "female", [.. FrontThighsUnrelieved.Where(f => f.Item1 !=
            "pain.unrelieved_by_rest_or_painkillers"), ("pain.unrelieved_by_rest_or_painkillers", false),
            ("episode.duration_days", 60), .. noOtherBranch]));
        Assert.False(Kb.Fires(Bilateral, 44, "female", [("where.low_back", true), ("where.front_thigh", true),
            ("where.both_legs", false), ("pain.unrelieved_by_rest_or_painkillers", true),
            ("episode.duration_days", 60), .. noOtherBranch]));
        Assert.False(Kb.Fires(Bilateral, 44, "female", [("where.low_back", false), ("where.buttock", false),
            ("where.front_thigh", true), ("where.both_legs", true), ("pain.unrelieved_by_rest_or_painkillers", true),
            ("episode.duration_days", 60), .. noOtherBranch]));
        Assert.False(Kb.Fires(Bilateral, 44, "female", [.. FrontThighsUnrelieved, ("episode.duration_days", 91),
            .. noOtherBranch]));
    }

    [Fact]
    public void Over_triage_guard_years_of_stenosis_leg_pain_eased_by_sitting_stays_below_same_day()
    {
        // Neurogenic claudication in both legs of an older person, eased by sitting: the common picture kept out.
        Assert.Contains(Kb.UrgencyOf(72, "male", ("where.low_back", true),
            ("where.back_of_thigh", true), ("where.both_legs", true), ("pain.worse_walking", true),
            ("pain.eased_sitting_or_bending_forward", true), ("pain.unrelieved_by_rest_or_painkillers", false),
            ("episode.duration_days", 730), ("episode.worsening", false), ("neuro.bladder_change", false),
            ("neuro.saddle_numbness", false)), new[] { Urgency.Soon, Urgency.SelfCare });
    }

    [Fact]
    public void Bladder_or_saddle_symptoms_with_the_same_pain_remain_an_emergency()
    {
        var result = Kb.Engine.Assess(Kb.Case(44, "female", [.. FrontThighsUnrelieved,
            ("neuro.bladder_change", true)]));
        Kb.AssertEmergency(result, "cauda_equina", "cauda_equina");
    }
}
