using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.20.0, one published criterion at a time. An infected sacroiliac joint is low back and
/// buttock pain of acute onset in which fever is usually absent (Hermet et al. 2012 BMC Infect Dis 12:305: febrile in
/// 16 of 39; acute onset in 86 % in the 1981 J Rheumatol review), so back or buttock pain that started suddenly, with
/// raised inflammatory markers, is seen within a day even when its length is not given; the chronic, insidious-onset
/// pain of axial spondyloarthritis with a raised CRP (ASAS criteria, Sieper et al. 2009) is still not. A femoral neck
/// stress fracture is considered in every athlete with exercise-related hip pain and imaged early (Robertson &amp; Wood
/// 2017; military series: early MRI for recruits with groin pain), so new or worsening groin or hip pain after a rise
/// in training is seen within a day even when weight-bearing was not asked; pain on the side of the hip or the back
/// of the thigh and long-standing stable pain are not. Pain that rest or painkillers do not ease is the non-mechanical
/// feature of the night-or-constant-pain rule (Verhagen et al. 2016: pain at night or at rest in most guidelines),
/// together with worsening despite care; pain that is not getting worse or not yet treated is not read. A known
/// aneurysm with new hip or thigh pain is an emergency (NICE NG156: immediate assessment of a symptomatic aneurysm;
/// iliac aneurysms present with groin, hip, buttock and leg nerve pain), while long-standing hip pain in someone with
/// a known aneurysm, and new hip pain without one, are not read by it.
/// </summary>
public class PublishedRedFlagTests28
{
    private const string MarkersRule = "raised_markers_back_pain";
    private const string StressFractureRule = "femoral_neck_stress_fracture";
    private const string NonMechanicalRule = "non_mechanical_progressive_pain";

    [Theory]
    [InlineData(30, "female", "where.buttock", "test.crp_or_esr_raised")]
    [InlineData(27, "female", "where.low_back", "test.white_cells_raised")]
    [InlineData(49, "male", "where.over_sij", "test.crp_or_esr_raised")]
    public void Sudden_back_or_buttock_pain_with_raised_markers_is_seen_within_a_day_without_fever_or_a_duration(
        int age, string sex, string site, string marker)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("episode.onset", "sudden"), (marker, true), ("systemic.fever", false),
            ("systemic.unwell", false),
        };
        Assert.True(Kb.Fires(MarkersRule, age, sex, findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "spinal_infection", MarkersRule);
    }

    [Fact]
    public void Long_standing_insidious_back_pain_with_a_raised_crp_stays_with_the_axspa_referral()
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("where.buttock", true), ("episode.onset", "gradual"),
            ("episode.duration_days", 400), ("episode.worsening", false), ("test.crp_or_esr_raised", true),
        };
        Assert.False(Kb.Fires(MarkersRule, 28, "male", findings));
        Assert.NotEqual(Urgency.Urgent, Kb.UrgencyOf(28, "male", findings));
    }

    [Fact]
    public void Sudden_buttock_pain_without_a_marker_result_is_not_read_by_the_markers_rule()
    {
        Assert.False(Kb.Fires(MarkersRule, 30, "female", ("where.buttock", true), ("episode.onset", "sudden"),
            ("test.crp_or_esr_raised", false), ("test.white_cells_raised", false)));
    }

    [Theory]
    [InlineData(19, "male", "where.hip", 15)]
    [InlineData(27, "female", "where.groin", 7)]
    [InlineData(38, "female", "where.front_thigh", 28)]
    public void New_groin_or_hip_pain_after_a_training_rise_is_seen_within_a_day(int age, string sex, string site, int days)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("hx.training_load_increase", true), ("episode.duration_days", days),
            ("hx.fall_or_minor_injury", false),
        };
        Assert.True(Kb.Fires(StressFractureRule, age, sex, findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "hip_fracture", StressFractureRule);
    }

    [Fact]
    public void Worsening_hip_pain_after_a_training_rise_is_seen_within_a_day_whatever_its_length()
    {
        Assert.True(Kb.Fires(StressFractureRule, 38, "male", ("where.hip", true), ("where.groin", true),
            ("hx.training_load_increase", true), ("episode.duration_days", 45), ("episode.worsening", true)));
    }

    [Fact]
    public void Pain_on_the_side_of_the_hip_or_the_back_of_the_thigh_after_a_training_rise_is_not_read_as_a_neck_fracture()
    {
        Assert.False(Kb.Fires(StressFractureRule, 25, "female", ("where.lateral_hip", true),
            ("hx.training_load_increase", true), ("episode.duration_days", 10), ("episode.worsening", true)));
        Assert.False(Kb.Fires(StressFractureRule, 25, "male", ("where.back_of_thigh", true), ("where.buttock", true),
            ("hx.training_load_increase", true), ("episode.duration_days", 10), ("episode.worsening", true)));
    }

    [Fact]
    public void Long_standing_stable_hip_pain_after_a_training_rise_is_not_read_as_a_neck_fracture()
    {
        var findings = new (string, object)[]
        {
            ("where.hip", true), ("hx.training_load_increase", true), ("episode.duration_days", 90),
            ("episode.worsening", false), ("pain.worse_weight_bearing", false), ("pain.worse_walking", false),
            ("func.limp", false),
        };
        Assert.False(Kb.Fires(StressFractureRule, 25, "female", findings));
    }

    [Fact]
    public void New_groin_pain_without_a_training_rise_is_not_read_as_a_stress_fracture()
    {
        Assert.False(Kb.Fires(StressFractureRule, 29, "male", ("where.groin", true), ("hx.training_load_increase", false),
            ("episode.duration_days", 3), ("episode.onset", "sudden")));
    }

    [Theory]
    [InlineData(57, "female", "where.buttock")]
    [InlineData(45, "male", "where.low_back")]
    public void Worsening_pain_not_eased_by_rest_or_painkillers_despite_care_is_seen_within_a_day(int age, string sex, string site)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("pain.unrelieved_by_rest_or_painkillers", true), ("episode.worsening", true),
            ("episode.not_improving_with_care", true), ("episode.duration_days", 30),
        };
        Assert.True(Kb.Fires(NonMechanicalRule, age, sex, findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "spinal_infection", NonMechanicalRule);
    }

    [Fact]
    public void Pain_not_eased_by_rest_that_is_not_getting_worse_or_not_yet_treated_is_not_read_as_non_mechanical_progression()
    {
        Assert.False(Kb.Fires(NonMechanicalRule, 45, "male", ("where.low_back", true),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("episode.worsening", false),
            ("episode.not_improving_with_care", true)));
        Assert.False(Kb.Fires(NonMechanicalRule, 45, "male", ("where.low_back", true),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("episode.worsening", true),
            ("episode.not_improving_with_care", false)));
    }

    [Fact]
    public void Worsening_mechanical_pain_that_rest_eases_is_not_read_as_non_mechanical()
    {
        Assert.False(Kb.Fires(NonMechanicalRule, 45, "male", ("where.low_back", true),
            ("pain.unrelieved_by_rest_or_painkillers", false), ("pain.night", false),
            ("pain.constant_unaffected_by_movement", false), ("episode.worsening", true),
            ("episode.not_improving_with_care", true)));
    }

    [Theory]
    [InlineData("where.hip", 3)]
    [InlineData("where.back_of_thigh", 1)]
    [InlineData("where.front_thigh", 14)]
    public void A_known_aneurysm_with_new_hip_or_thigh_pain_is_an_emergency(string site, int days)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("hx.known_aortic_aneurysm", true), ("episode.duration_days", days),
            ("hx.fall_or_minor_injury", false),
        };
        Assert.True(Kb.Fires("aaa", 79, "male", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(79, "male", findings)), "aaa", "aaa");
    }

    [Fact]
    public void A_known_aneurysm_with_long_standing_hip_pain_is_not_read_as_a_leaking_aneurysm()
    {
        Assert.False(Kb.Fires("aaa", 79, "male", ("where.hip", true), ("hx.known_aortic_aneurysm", true),
            ("episode.duration_days", 120)));
    }

    [Fact]
    public void New_hip_pain_without_a_known_aneurysm_is_not_read_by_the_aneurysm_rule()
    {
        Assert.False(Kb.Fires("aaa", 79, "male", ("where.hip", true), ("hx.known_aortic_aneurysm", false),
            ("episode.duration_days", 3), ("episode.onset", "gradual")));
    }

    [Fact]
    public void Pain_only_on_the_side_of_the_hip_with_a_known_aneurysm_is_not_read_by_the_hip_branch()
    {
        Assert.False(Kb.Fires("aaa", 79, "male", ("where.lateral_hip", true), ("hx.known_aortic_aneurysm", true),
            ("episode.duration_days", 3), ("episode.onset", "gradual")));
    }
}
