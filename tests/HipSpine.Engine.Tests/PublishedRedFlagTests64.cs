using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flag of knowledge 1.55.0, tested both ways with over-triage guards. NHS Devon's aneurysm referral
/// guidance reads a first episode of renal colic over 55 as a ruptured aneurysm until proved otherwise, Cornwall's
/// referral criteria send a suspected rupture by 999 and warn that it passes for renal colic in men over 50, and
/// vascular teaching (Leicester) names back pain with vomiting over 55. HipSpine reads the colic picture as new back
/// or side pain with feeling or being sick (new_back_pain_with_vomiting); in a man of 55 or over it is an emergency.
/// </summary>
public class PublishedRedFlagTests64
{
    private const string Rule = "older_man_new_back_pain_with_vomiting";

    [Fact]
    public void New_low_back_pain_with_being_sick_in_a_man_of_63_is_an_emergency()
    {
        // Nothing else answered: no belly pain, no smoking or artery disease, no sudden start.
        var result = Kb.Engine.Assess(Kb.Case(63, "male", ("where.low_back", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 0)));
        Kb.AssertEmergency(result, "aaa", Rule);
    }

    [Theory]
    [InlineData("where.low_back", 55, 1)]
    [InlineData("where.mid_upper_back", 70, 4)]
    [InlineData("where.flank", 81, 7)]
    public void Back_or_side_pain_with_sickness_within_a_week_at_55_or_over_fires(string site, int age, int days)
    {
        Assert.True(Kb.Fires(Rule, age, "male", (site, true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void An_untold_length_is_read_as_new()
    {
        // The manifest's duration completion: an emergency about new pain is not hidden by a missing answer.
        var result = Kb.Engine.Assess(Kb.Case(66, "male", ("where.flank", true), ("systemic.nausea_vomiting", true)));
        Assert.Contains(result.UrgencyReasons, r => r.Rule == Rule);
    }

    [Fact]
    public void Near_miss_a_woman_under_55_no_sickness_or_over_a_week_does_not_fire()
    {
        // A woman: NG156 names women only from 70 with a risk factor, which the belly rules read.
        Assert.False(Kb.Fires(Rule, 66, "female", ("where.low_back", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 2)));
        // A man of 54.
        Assert.False(Kb.Fires(Rule, 54, "male", ("where.low_back", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 2)));
        // Not sick.
        Assert.False(Kb.Fires(Rule, 66, "male", ("where.low_back", true), ("systemic.nausea_vomiting", false),
            ("episode.duration_days", 2)));
        // Over a week: no longer the acute colic of the published criteria.
        Assert.False(Kb.Fires(Rule, 66, "male", ("where.low_back", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 8)));
        // Hip or groin pain alone is not the back or side pain of the criterion.
        Assert.False(Kb.Fires(Rule, 66, "male", ("where.hip", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 2)));
    }

    [Fact]
    public void Over_triage_guard_a_young_man_with_a_stomach_bug_and_backache_is_not_an_emergency()
    {
        // At 30 new back pain with being sick stays same day (new_back_pain_with_vomiting), as before 1.55.0.
        Assert.False(Kb.Fires(Rule, 30, "male", ("where.low_back", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 2)));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(30, "male", ("where.low_back", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 2)));
    }
}
