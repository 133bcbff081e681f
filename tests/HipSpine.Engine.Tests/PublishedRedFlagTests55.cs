using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.47.0, tested both ways with over-triage guards: new belly and back pain together at
/// 65 or over with smoking or heart or artery disease is an emergency without being sick, a sudden start or side pain,
/// and an unanswered length or first episode is no reassurance (NICE NG156 1.1.8, think of a ruptured aneurysm with
/// new abdominal and/or back pain: <c>aaa_risk_new_back_and_belly_pain_65_and_over</c>); belly and back pain that
/// started suddenly with feeling unwell is an emergency at any adult age (an abrupt onset is a high-risk pain feature
/// of acute aortic syndrome, and an unwell person with one needs immediate imaging, Goodacre et al. 2024 BMJ:
/// <c>sudden_back_and_belly_pain_unwell</c>).
/// </summary>
public class PublishedRedFlagTests55
{
    private const string Aaa = "aaa_risk_new_back_and_belly_pain_65_and_over";

    [Theory]
    [InlineData("hx.smoker", "where.low_back", 2)]
    [InlineData("hx.vascular_disease", "where.mid_upper_back", 14)]
    public void New_back_and_belly_pain_at_65_or_over_with_an_aneurysm_risk_is_an_emergency(string risk, string back,
        int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(66, "female", (risk, true), ("where.abdomen", true), (back, true),
            ("episode.duration_days", days), ("systemic.nausea_vomiting", false), ("where.flank", false),
            ("episode.onset", "gradual")));
        Kb.AssertEmergency(result, "aaa", Aaa);
    }

    [Fact]
    public void An_unanswered_length_and_first_episode_are_read_as_new_not_as_reassurance()
    {
        // Before 1.47.0 this picture, with neither the length nor a first episode answered, was only soon.
        Assert.True(Kb.Fires(Aaa, 70, "male", ("hx.vascular_disease", true), ("where.abdomen", true),
            ("where.low_back", true)));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(70, "male", ("hx.vascular_disease", true),
            ("where.abdomen", true), ("where.low_back", true)));
    }

    [Fact]
    public void Near_miss_it_needs_the_age_a_risk_both_sites_and_a_new_pain()
    {
        // 1.85.0 reverses the 64-year-old smoker (NICE CKS: over 60 with risk factors); the age near miss is now 59.
        Assert.False(Kb.Fires(Aaa, 59, "male", ("hx.smoker", true), ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 3)));
        // 1.51.0: a man of 65 or over is himself the at-risk group (NG156 1.1.1), so the no-risk near miss is a woman.
        Assert.False(Kb.Fires(Aaa, 70, "female", ("hx.smoker", false), ("hx.vascular_disease", false),
            ("where.abdomen", true), ("where.low_back", true), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Aaa, 70, "male", ("hx.smoker", true), ("where.abdomen", false),
            ("where.low_back", true), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Aaa, 70, "male", ("hx.smoker", true), ("where.abdomen", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Aaa, 70, "male", ("hx.smoker", true), ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 15)));
    }

    [Fact]
    public void Over_triage_guard_a_smokers_new_belly_ache_alone_at_70_is_not_an_emergency()
    {
        // Belly pain alone, without the back, is the other rules' picture (the aneurysm leak is told with the back).
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(70, "female", ("hx.smoker", true), ("where.abdomen", true),
            ("where.low_back", false), ("where.mid_upper_back", false), ("where.flank", false),
            ("episode.duration_days", 5), ("episode.onset", "gradual"), ("systemic.nausea_vomiting", false)));
    }

    private const string Aas = "sudden_back_and_belly_pain_unwell";

    [Theory]
    [InlineData(18, "where.low_back")]
    [InlineData(49, "where.mid_upper_back")]
    [InlineData(80, "where.flank")]
    public void Sudden_back_and_belly_pain_with_feeling_unwell_is_an_emergency(int age, string back)
    {
        // No severity, risk factor or length answered: the abrupt onset and being unwell are enough.
        var result = Kb.Engine.Assess(Kb.Case(age, "female", ("episode.onset", "sudden"), ("where.abdomen", true),
            (back, true), ("systemic.unwell", true)));
        Kb.AssertEmergency(result, "aaa", Aas);
    }

    [Fact]
    public void Near_miss_it_needs_the_sudden_start_both_sites_feeling_unwell_a_new_pain_and_an_adult()
    {
        Assert.False(Kb.Fires(Aas, 49, "female", ("episode.onset", "gradual"), ("where.abdomen", true),
            ("where.mid_upper_back", true), ("systemic.unwell", true), ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Aas, 49, "female", ("episode.onset", "sudden"), ("where.abdomen", false),
            ("where.mid_upper_back", true), ("systemic.unwell", true), ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Aas, 49, "female", ("episode.onset", "sudden"), ("where.abdomen", true),
            ("where.low_back", false), ("where.mid_upper_back", false), ("where.flank", false),
            ("systemic.unwell", true), ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Aas, 49, "female", ("episode.onset", "sudden"), ("where.abdomen", true),
            ("where.mid_upper_back", true), ("systemic.unwell", false), ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Aas, 49, "female", ("episode.onset", "sudden"), ("where.abdomen", true),
            ("where.mid_upper_back", true), ("systemic.unwell", true), ("episode.duration_days", 14)));
        Assert.False(Kb.Fires(Aas, 17, "female", ("episode.onset", "sudden"), ("where.abdomen", true),
            ("where.mid_upper_back", true), ("systemic.unwell", true), ("episode.duration_days", 2)));
    }

    [Fact]
    public void Over_triage_guard_a_sudden_belly_and_back_ache_without_feeling_unwell_stays_same_day()
    {
        // Without feeling unwell (or severity or a risk) the sudden belly-and-back pain keeps its same-day level.
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(30, "female", ("episode.onset", "sudden"), ("where.abdomen", true),
            ("where.low_back", true), ("systemic.unwell", false), ("episode.duration_days", 2),
            ("pain.severity_worst", 5), ("pain.severity_now", 4), ("systemic.nausea_vomiting", false),
            ("systemic.fever", false), ("hx.smoker", false), ("hx.vascular_disease", false)));
    }
}
