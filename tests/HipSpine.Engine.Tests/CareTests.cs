using HipSpine.Engine.Care;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>Treatment options filtered by urgency, sources and contraindications; plans built from the result.</summary>
public class CareTests
{
    private static IReadOnlyList<TreatmentOption> Options(params (string, object)[] findings)
    {
        var subject = Kb.Case(55, "female", [("where.low_back", true), ("episode.duration_days", 10), .. findings]);
        return TreatmentAdvisor.Options(Kb.Knowledge, Kb.Engine.Assess(subject), subject);
    }

    private static TreatmentOption Nsaid(params (string, object)[] findings) => Options(findings).Single(o => o.Treatment.Id == "oral_nsaid");

    [Theory]
    [InlineData("hx.kidney_disease")]
    [InlineData("hx.stomach_ulcer_or_bleed")]
    [InlineData("hx.heart_failure")]
    [InlineData("hx.asthma_nsaid_sensitive")]
    [InlineData("hx.pregnant")]
    public void Anti_inflammatories_are_flagged_avoid_with_each_contraindication(string code)
    {
        var option = Nsaid((code, true));
        Assert.Equal(TreatmentStatus.Avoid, option.Status);
        Assert.Contains(option.Cautions, c => c.Level == "avoid" && c.Findings.Contains(code));
        Assert.NotEqual(TreatmentStatus.Avoid, Nsaid((code, false)).Status);
    }

    [Theory]
    [InlineData("hx.anticoagulants")]
    [InlineData("hx.long_term_steroids")]
    public void Anti_inflammatories_carry_a_caution_with_blood_thinners_and_steroids(string code)
    {
        Assert.Contains(Nsaid((code, true)).Cautions, c => c.Level == "caution" && c.Findings.Contains(code));
    }

    [Fact]
    public void Anti_inflammatories_carry_a_caution_over_65()
    {
        var subject = Kb.Case(70, "male", ("where.low_back", true), ("episode.duration_days", 10));
        var option = TreatmentAdvisor.Options(Kb.Knowledge, Kb.Engine.Assess(subject), subject).Single(o => o.Treatment.Id == "oral_nsaid");
        Assert.Contains(option.Cautions, c => c.Level == "caution" && c.Text.Contains("65", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_option_cites_its_evidence_and_injections_and_surgery_wait_for_a_specialist()
    {
        var options = Options();
        Assert.All(options, o => Assert.All(o.Treatment.Evidence, e => Assert.NotEmpty(e.Reference)));
        Assert.All(options.Where(o => o.Treatment.AfterFailedConservativeCare && o.Status is not (TreatmentStatus.NotAdvised or TreatmentStatus.Avoid)),
            o => Assert.Equal(TreatmentStatus.Specialist, o.Status));
        Assert.Contains(options, o => o.Treatment.Category == TreatmentCategory.Home && o.Status == TreatmentStatus.Offered);
        Assert.Contains(Kb.Knowledge.Care.Treatments, t => t.Category == TreatmentCategory.Alternative);
    }

    [Fact]
    public void An_urgent_result_offers_nothing_before_being_seen()
    {
        var subject = Kb.Case(60, "male", ("where.low_back", true), ("hx.cancer", true));
        var options = TreatmentAdvisor.Options(Kb.Knowledge, Kb.Engine.Assess(subject), subject);
        Assert.DoesNotContain(options, o => o.Status == TreatmentStatus.Offered);
    }

    [Fact]
    public void The_plan_has_three_phases_with_exercises_for_the_likely_sources_and_none_to_avoid()
    {
        var subject = Kb.Case(68, "female", ("where.groin", true), ("where.low_back", true), ("pain.difficulty_shoes_socks", true),
            ("func.hip_stiff_reduced_motion", true), ("episode.duration_days", 200));
        var result = Kb.Engine.Assess(subject);
        var plan = RecoveryPlanner.Plan(Kb.Knowledge, result, subject);
        Assert.Equal(["calm", "rehabilitation", "return"], plan.Phases.Select(p => p.Phase.Id));
        Assert.Contains("hip_oa", plan.FocusSources);
        Assert.All(plan.Phases, p =>
        {
            Assert.NotEmpty(p.Exercises);
            Assert.All(p.Exercises, e => Assert.DoesNotContain(e.AvoidFor, plan.FocusSources.Contains));
            Assert.All(p.Exercises, e => Assert.Contains(p.Phase.Id, e.Phases));
        });
        Assert.NotEmpty(plan.Tips);
        Assert.NotEmpty(plan.Timeline);
    }

    [Fact]
    public void The_exercise_library_has_at_least_20_exercises_with_steps_dosage_and_a_picture_in_words()
    {
        var exercises = Kb.Knowledge.Care.Exercises;
        Assert.True(exercises.Count >= 20, $"{exercises.Count} exercises");
        Assert.All(exercises, e =>
        {
            Assert.NotEmpty(e.Steps);
            Assert.NotEmpty(e.Dosage.Text);
            Assert.NotEmpty(e.Illustration);
            Assert.NotEmpty(e.Reference);
        });
    }
}
