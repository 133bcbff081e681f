using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.69.0: the vital signs a clinician measured (exam.heart_rate_bpm, exam.systolic_bp_mmhg,
/// exam.respiratory_rate). <c>sepsis_or_shock_vital_signs</c> (emergency): a NICE NG51 high-risk sign (pulse over 130,
/// breathing 25 or more, systolic 90 or less) with a sign of a possible infection; a systolic of 90 or less with a pulse
/// over 90 (shock); a systolic of 90 or less over 50 with back, belly, side or groin pain, or with a known aneurysm
/// (VSGBI/CEM/RCR ruptured AAA guideline). <c>vital_signs_out_of_range</c> (urgent): a NEWS2 single-parameter red score,
/// or an NG51 moderate-to-high sign with a possible infection. Thresholds are the published ones; 12 and over only.
/// </summary>
public class PublishedRedFlagTests78
{
    private const string Emergency = "sepsis_or_shock_vital_signs";
    private const string Urgent = "vital_signs_out_of_range";

    [Theory]
    [InlineData("exam.heart_rate_bpm", 131)]
    [InlineData("exam.respiratory_rate", 25)]
    [InlineData("exam.systolic_bp_mmhg", 90)]
    public void A_high_risk_sign_with_a_fever_is_an_emergency(string code, int value)
    {
        var result = Kb.Engine.Assess(Kb.Case(40, "male", ("where.low_back", true), ("systemic.fever", true), (code, value)));
        Kb.AssertEmergency(result, "spinal_infection", Emergency);
    }

    [Theory]
    [InlineData("systemic.chills_rigors", true)]
    [InlineData("hx.recent_infection", true)]
    [InlineData("local.swelling_redness_warmth", true)]
    [InlineData("test.white_cells_raised", true)]
    [InlineData("exam.temperature_c10", 381)]
    public void Each_possible_infection_sign_counts_beside_a_pulse_over_130(string code, object value)
    {
        Assert.True(Kb.Fires(Emergency, 30, "female", ("where.hip", true), (code, value), ("exam.heart_rate_bpm", 140)));
    }

    [Fact]
    public void The_bleeding_kidney_tumour_in_shock_is_an_emergency()
    {
        // heldout81 OF_07: a woman of 34, left low back and belly pain unrelieved by painkillers, hypovolaemic shock
        // (urgent in 1.68.0: the shock had no code). With a pulse of 124 and a systolic of 84 it is an emergency.
        var result = Kb.Engine.Assess(Kb.Case(34, "female", ("where.low_back", true), ("where.abdomen", true),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("exam.heart_rate_bpm", 124), ("exam.systolic_bp_mmhg", 84)));
        Kb.AssertEmergency(result, "visceral_referral", Emergency);
    }

    [Theory]
    [InlineData(51, "where.low_back")]
    [InlineData(72, "where.abdomen")]
    [InlineData(66, "where.flank")]
    [InlineData(58, "where.groin")]
    public void Over_50_low_pressure_with_back_belly_side_or_groin_pain_is_an_emergency_whatever_the_pulse(int age, string site)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "male", (site, true), ("exam.systolic_bp_mmhg", 88), ("exam.heart_rate_bpm", 70)));
        Kb.AssertEmergency(result, "aaa", Emergency);
    }

    [Fact]
    public void A_known_aneurysm_with_low_pressure_is_an_emergency_at_any_age()
    {
        Assert.True(Kb.Fires(Emergency, 45, "male", ("where.hip", true), ("hx.known_aortic_aneurysm", true), ("exam.systolic_bp_mmhg", 86)));
    }

    [Theory]
    [InlineData("exam.heart_rate_bpm", 131)]
    [InlineData("exam.heart_rate_bpm", 40)]
    [InlineData("exam.respiratory_rate", 25)]
    [InlineData("exam.respiratory_rate", 8)]
    [InlineData("exam.systolic_bp_mmhg", 90)]
    [InlineData("exam.systolic_bp_mmhg", 220)]
    [InlineData("exam.temperature_c10", 350)]
    public void A_single_NEWS2_red_score_without_an_infection_is_seen_the_same_day(string code, int value)
    {
        // 40, back pain: no infection sign, pulse not told, so neither emergency branch is reached
        var result = Kb.Engine.Assess(Kb.Case(40, "female", ("where.low_back", true), ("systemic.fever", false), (code, value)));
        Assert.Contains(result.UrgencyReasons, r => r.Rule == Urgent);
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Emergency);
        Kb.AssertSeenWithinADay(result, "spinal_infection", Urgent);
    }

    [Theory]
    [InlineData("exam.heart_rate_bpm", 91)]
    [InlineData("exam.respiratory_rate", 21)]
    [InlineData("exam.systolic_bp_mmhg", 100)]
    [InlineData("exam.temperature_c10", 359)]
    public void A_moderate_to_high_sign_with_a_recent_infection_is_seen_the_same_day(string code, int value)
    {
        Assert.True(Kb.Fires(Urgent, 35, "male", ("where.buttock", true), ("hx.recent_infection", true), (code, value)));
    }

    [Theory]
    [InlineData("exam.heart_rate_bpm", 130)]     // below the red score
    [InlineData("exam.heart_rate_bpm", 41)]
    [InlineData("exam.respiratory_rate", 24)]
    [InlineData("exam.respiratory_rate", 9)]
    [InlineData("exam.systolic_bp_mmhg", 91)]
    [InlineData("exam.systolic_bp_mmhg", 219)]
    [InlineData("exam.temperature_c10", 351)]
    public void Guards_just_inside_the_NEWS2_red_range_without_an_infection(string code, int value)
    {
        Assert.False(Kb.Fires(Urgent, 40, "female", ("where.low_back", true), (code, value)));
        Assert.False(Kb.Fires(Emergency, 40, "female", ("where.low_back", true), (code, value)));
    }

    [Fact]
    public void Guards_of_the_emergency()
    {
        // a pulse of 124 with a normal temperature and nothing else (heldout84 OI_06 as its pulse would have been coded):
        // under the NG51 and NEWS2 red lines, no infection sign told, so neither rule fires
        Assert.False(Kb.Fires(Emergency, 52, "male", ("where.low_back", true), ("episode.duration_days", 30), ("exam.temperature_c10", 367), ("exam.heart_rate_bpm", 124)));
        Assert.False(Kb.Fires(Urgent, 52, "male", ("where.low_back", true), ("episode.duration_days", 30), ("exam.temperature_c10", 367), ("exam.heart_rate_bpm", 124)));
        // low pressure with a pulse of 90 at 40 and hip pain: not shock, not over 50 -> same day only
        Assert.False(Kb.Fires(Emergency, 40, "female", ("where.hip", true), ("exam.systolic_bp_mmhg", 88), ("exam.heart_rate_bpm", 90)));
        Assert.True(Kb.Fires(Urgent, 40, "female", ("where.hip", true), ("exam.systolic_bp_mmhg", 88), ("exam.heart_rate_bpm", 90)));
        // over 50 with low pressure but only hip pain: the aneurysm branch reads the back, belly, side and groin
        Assert.False(Kb.Fires(Emergency, 70, "male", ("where.hip", true), ("exam.systolic_bp_mmhg", 88), ("exam.heart_rate_bpm", 80)));
        // a fever with a pulse of 130: moderate, not high risk
        Assert.False(Kb.Fires(Emergency, 40, "male", ("where.low_back", true), ("systemic.fever", true), ("exam.heart_rate_bpm", 130)));
        // children under 12 are not read (their thresholds differ)
        Assert.False(Kb.Fires(Emergency, 8, "male", ("where.hip", true), ("systemic.fever", true), ("exam.heart_rate_bpm", 140)));
        Assert.False(Kb.Fires(Urgent, 8, "male", ("where.hip", true), ("exam.heart_rate_bpm", 140)));
    }

    [Fact]
    public void The_vital_signs_are_clinician_findings_that_ask_the_patient_nothing()
    {
        foreach (var code in new[] { "exam.heart_rate_bpm", "exam.systolic_bp_mmhg", "exam.respiratory_rate" })
        {
            var finding = Kb.Knowledge.Vocabulary.FindFinding(code)!;
            Assert.True(finding.IsClinicianOnly, code);
            Assert.False(Kb.Knowledge.FindQuestion(code)!.RedFlag, code);
        }
    }
}
