using HipSpine.Data;
using HipSpine.Engine.Care;
using HipSpine.Tests.Shared;

namespace HipSpine.Records.Tests;

public sealed class EffectivePlanTests
{
    private static readonly Guid Root = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Examined = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-000000000003");

    private static readonly RecoveryPlan Plan = PlanFor();

    private static readonly IReadOnlySet<Guid> Versions = EffectivePlan.VersionIds(
        [new SavedAssessment { Id = Root }, new SavedAssessment { Id = Examined, RootId = Root }, new SavedAssessment { Id = Other }], Root);

    [Fact]
    public void Without_an_adjustment_the_plan_is_the_engines()
    {
        var effective = EffectivePlan.Of(Plan, [], Versions);

        Assert.Null(effective.Adjustment);
        Assert.NotEmpty(effective.Planned);
        Assert.Equal(effective.Planned, effective.Exercises);
    }

    [Fact]
    public void An_adjustment_drops_and_adds_exercises_in_every_phase()
    {
        var dropped = Plan.Phases[0].Exercises[0].Id;
        var added = UnplannedExercise();

        var effective = EffectivePlan.Of(Plan, [Adjustment(Root, 1, added: added, dropped: dropped)], Versions);

        Assert.DoesNotContain(dropped, effective.Exercises);
        Assert.Equal(added, effective.Exercises[^1]);
        Assert.Equal(effective.Planned.Where(e => e != dropped).Append(added), effective.Exercises);
        Assert.All(Plan.Phases, phase =>
        {
            Assert.DoesNotContain(dropped, effective.ExercisesOf(phase));
            Assert.Contains(added, effective.ExercisesOf(phase));
        });
    }

    [Fact]
    public void The_latest_adjustment_of_any_version_is_in_force_and_replaces_earlier_ones()
    {
        var first = Adjustment(Root, 1, added: UnplannedExercise());
        var latest = Adjustment(Examined, 2, dropped: Plan.Phases[0].Exercises[0].Id);

        var effective = EffectivePlan.Of(Plan, [latest, first], Versions);

        Assert.Same(latest, effective.Adjustment);
        Assert.DoesNotContain(UnplannedExercise(), effective.Exercises);
        Assert.DoesNotContain(Plan.Phases[0].Exercises[0].Id, effective.Exercises);
    }

    [Fact]
    public void An_adjustment_of_another_assessment_does_not_apply()
    {
        var effective = EffectivePlan.Of(Plan, [Adjustment(Other, 5, added: UnplannedExercise())], Versions);

        Assert.Null(effective.Adjustment);
        Assert.Equal(effective.Planned, effective.Exercises);
    }

    [Fact]
    public void Versions_are_the_first_version_and_the_examined_ones()
    {
        Assert.Equal(new HashSet<Guid> { Root, Examined }, Versions);
    }

    private static PlanAdjustment Adjustment(Guid assessmentId, int day, string added = "", string dropped = "") => new()
    {
        Id = Guid.NewGuid(),
        AssessmentId = assessmentId,
        ClinicianId = "clinician-1",
        CreatedUtc = new DateTime(2026, 3, day, 0, 0, 0, DateTimeKind.Utc),
        Added = added,
        Dropped = dropped,
    };

    private static string UnplannedExercise() =>
        Kb.Knowledge.Care.Exercises.Select(e => e.Id).First(id => !Plan.Phases.Any(p => p.Exercises.Any(e => e.Id == id)));

    private static RecoveryPlan PlanFor()
    {
        var subject = Kb.Case(45, "female", ("where.lateral_hip", true), ("pain.severity_now", 4), ("episode.duration_days", 60));
        return RecoveryPlanner.Plan(Kb.Knowledge, Kb.Engine.Assess(subject), subject);
    }
}
