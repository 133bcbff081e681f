using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.41.0. The MHRA Drug Safety Update on bisphosphonates and atypical femoral fractures
/// (June 2011; the same warning in the FDA bisphosphonate labels) asks that any thigh, hip or groin pain in a
/// person treated for osteoporosis be evaluated for an incomplete femoral fracture: osteoporosis with hip, groin or
/// thigh pain of up to 90 days, or of unanswered length, is seen the same day
/// (<c>osteoporosis_new_hip_or_thigh_pain</c>), with osteoporosis as its interview gate. Acute belly pain in older
/// patients often needs hospital admission with prompt surgical review (Lyon &amp; Clark 2006 Am Fam Physician 74:1537):
/// at 65 or over, belly pain of up to a week with vomiting is an emergency whether or not it comes in waves
/// (<c>older_adult_colicky_belly_pain_with_vomiting</c>, colic no longer required). Each change tested both ways, with an over-triage guard.
/// </summary>
public class PublishedRedFlagTests49
{
    private const string Rule = "osteoporosis_new_hip_or_thigh_pain";

    [Theory]
    [InlineData("where.groin", 30)]
    [InlineData("where.side_of_thigh", 60)]
    [InlineData("where.front_thigh", null)]
    [InlineData("where.hip", 90)]
    public void Osteoporosis_with_new_hip_groin_or_thigh_pain_is_seen_the_same_day(string site, int? days)
    {
        (string, object)[] findings = [("hx.osteoporosis", true), (site, true), ("hx.fall_or_minor_injury", false)];
        if (days is { } d)
        {
            findings = [.. findings, ("episode.duration_days", d)];
        }

        // No fall, no sudden start and no age line: the prodromal pain of an incomplete fracture is what MHRA names.
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(62, "female", findings)), "hip_fracture", Rule);
    }

    [Fact]
    public void Near_miss_without_osteoporosis_or_with_side_of_hip_pain_only_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 62, "female", ("hx.osteoporosis", false), ("where.groin", true),
            ("episode.duration_days", 30)));
        // Trochanteric pain on the side of the hip is not the thigh-bone pain the advice names.
        Assert.False(Kb.Fires(Rule, 62, "female", ("hx.osteoporosis", true), ("where.lateral_hip", true),
            ("episode.duration_days", 30)));
        Assert.False(Kb.Fires(Rule, 62, "female", ("hx.osteoporosis", true), ("where.low_back", true),
            ("episode.duration_days", 30)));
    }

    [Fact]
    public void Over_triage_guard_years_of_arthritis_pain_in_an_osteoporotic_hip_is_not_read()
    {
        (string, object)[] findings =
        [
            ("hx.osteoporosis", true), ("where.hip", true), ("episode.duration_days", 730),
            ("func.difficulty_walking_standing", true), ("stiffness.morning_minutes", 20),
        ];
        Assert.False(Kb.Fires(Rule, 81, "female", findings));
        Assert.False(Kb.Fires(Rule, 81, "female", ("hx.osteoporosis", true), ("where.hip", true),
            ("episode.duration_days", 91)));
    }

    [Fact]
    public void The_gate_is_osteoporosis()
    {
        var rule = Kb.Knowledge.Rules.Single(r => r.Id == Rule);
        Assert.NotNull(rule.Gate);
        var gate = new HashSet<int>();
        rule.Gate.CollectFindingIndexes(gate);
        Assert.Equal([Kb.Knowledge.Vocabulary.Findings.Single(f => f.Code == "hx.osteoporosis").Index], gate);
    }

    private const string BellyRule = "older_adult_colicky_belly_pain_with_vomiting";

    [Theory]
    [InlineData(83, "female", 1, true)]
    [InlineData(68, "male", 5, false)]
    public void New_belly_pain_with_vomiting_at_65_or_over_is_an_emergency_without_colic(int age, string sex, int days, bool worse)
    {
        // Not colicky: the review's line is acute belly pain at this age, not only the obstruction history.
        var result = Kb.Engine.Assess(Kb.Case(age, sex, ("where.abdomen", true), ("pain.colicky_waves", false),
            ("episode.worsening", worse), ("systemic.nausea_vomiting", true), ("episode.duration_days", days)));
        Kb.AssertEmergency(result, "visceral_referral", BellyRule);
    }

    [Fact]
    public void Near_miss_belly_pain_without_sickness_or_under_65_is_not_read()
    {
        Assert.False(Kb.Fires(BellyRule, 80, "male", ("where.abdomen", true), ("pain.colicky_waves", false),
            ("systemic.nausea_vomiting", false), ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(BellyRule, 64, "female", ("where.abdomen", true), ("episode.worsening", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 2)));
    }

    [Fact]
    public void Over_triage_guard_belly_pain_with_sickness_over_a_week_is_not_read()
    {
        // Acute abdominal pain is pain of under a week (de Dombal, Lyon & Clark): three weeks is left to other rules.
        Assert.False(Kb.Fires(BellyRule, 80, "female", ("where.abdomen", true), ("episode.worsening", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 21)));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(80, "female", ("where.abdomen", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 21), ("episode.worsening", false),
            ("pain.severity_worst", 4)));
    }
}
