using HipSpine.Engine.Conditions;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// A number condition with <c>orUnanswered: true</c> (knowledge 1.32.0) is true when the finding is unanswered as
/// well as when it is answered inside its bounds, and false only when it is answered outside them. It lets a length
/// line narrow an urgent rule to pictures that are not long-standing without making the rule unknown, and so
/// silent, when the length was not answered (an unknown answer is never reassurance).
/// </summary>
public sealed class OrUnansweredConditionTests : IDisposable
{
    private const string Duration = "episode.duration_days";
    private static readonly int DurationIndex = Kb.Knowledge.Vocabulary.FindFinding(Duration)!.Index;
    private static readonly Condition UpToAYearOrUnanswered = new IntFindingCondition(DurationIndex, Duration, 0, 365, orUnanswered: true);
    private static readonly Condition UpToAYear = new IntFindingCondition(DurationIndex, Duration, 0, 365);

    private readonly string folder = RepoPaths.CopyKnowledge();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Unanswered_is_true_inside_is_true_and_outside_is_false()
    {
        Assert.Equal(Tri.True, UpToAYearOrUnanswered.Evaluate(Kb.Case(70, null)));
        Assert.Equal(Tri.True, UpToAYearOrUnanswered.Evaluate(Kb.Case(70, null, (Duration, 200))));
        Assert.Equal(Tri.False, UpToAYearOrUnanswered.Evaluate(Kb.Case(70, null, (Duration, 366))));
        Assert.Equal(Tri.Unknown, UpToAYear.Evaluate(Kb.Case(70, null)));
        Assert.Equal(Tri.False, new NotCondition(UpToAYearOrUnanswered).Evaluate(Kb.Case(70, null)));
        foreach (var subject in new[] { Kb.Case(70, null), Kb.Case(70, null, (Duration, 10)), Kb.Case(70, null, (Duration, 400)) })
        {
            Assert.Equal(UpToAYearOrUnanswered.Evaluate(subject) == Tri.True, UpToAYearOrUnanswered.IsTrue(subject));
            Assert.Equal(UpToAYearOrUnanswered.Evaluate(subject) == Tri.False, UpToAYearOrUnanswered.IsFalse(subject));
        }
    }

    [Fact]
    public void A_sex_line_with_or_unanswered_is_true_when_the_sex_is_not_given()
    {
        var boyOrUnsaid = new SexCondition("male", orUnanswered: true);
        Assert.Equal(Tri.True, boyOrUnsaid.Evaluate(Kb.Case(16, null)));
        Assert.Equal(Tri.True, boyOrUnsaid.Evaluate(Kb.Case(16, "male")));
        Assert.Equal(Tri.False, boyOrUnsaid.Evaluate(Kb.Case(16, "female")));
        Assert.Equal(Tri.Unknown, new SexCondition("male").Evaluate(Kb.Case(16, null)));
    }

    [Fact]
    public void In_an_all_it_leaves_the_other_parts_to_decide_when_unanswered()
    {
        var worsening = new BoolFindingCondition(Kb.Knowledge.Vocabulary.FindFinding("episode.worsening")!.Index, "episode.worsening", true);
        var narrowed = new AllCondition([worsening, UpToAYearOrUnanswered]);
        Assert.Equal(Tri.True, narrowed.Evaluate(Kb.Case(70, null, ("episode.worsening", true))));
        Assert.Equal(Tri.False, narrowed.Evaluate(Kb.Case(70, null, ("episode.worsening", true), (Duration, 730))));
        Assert.Equal(Tri.Unknown, narrowed.Evaluate(Kb.Case(70, null)));
    }

    [Fact]
    public void An_unanswered_length_is_not_named_among_the_answers_a_rule_rests_on()
    {
        var into = new List<string>();
        UpToAYearOrUnanswered.CollectSupportingFindings(Kb.Case(70, null), into);
        Assert.Empty(into);
        UpToAYearOrUnanswered.CollectSupportingFindings(Kb.Case(70, null, (Duration, 30)), into);
        Assert.Equal(Duration, Assert.Single(into));
    }

    [Fact]
    public void The_yaml_key_is_read_on_every_finding_type_and_a_misspelling_is_an_error()
    {
        var path = Path.Combine(folder, "red-flags", "cauda_equina.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains("{finding: neuro.saddle_numbness}", text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace("{finding: neuro.saddle_numbness}", "{finding: neuro.saddle_numbness, orUnanswered: true}", StringComparison.Ordinal));
        var loaded = KnowledgeLoader.Load(folder);
        Assert.Empty(loaded.Errors);

        File.WriteAllText(path, text.Replace("{finding: neuro.saddle_numbness}", "{finding: neuro.saddle_numbness, orUnanswerd: true}", StringComparison.Ordinal));
        Assert.Contains(KnowledgeLoader.Load(folder).Errors, d => d.Code == DiagnosticCodes.UnknownKey);
    }

    [Fact]
    public void The_narrowed_rules_use_it_and_the_loaded_knowledge_reads_it()
    {
        // Unanswered length: the two narrowed urgent rules read the worsening picture as before.
        Assert.True(Kb.Fires("bilateral_or_worsening_sciatica", 60, "female", ("where.both_legs", true), ("where.below_knee", true), ("episode.worsening", true)));
        Assert.True(Kb.Fires("older_adult_severe_or_walking", 80, "female", ("where.hip", true), ("func.difficulty_walking_standing", true), ("episode.worsening", true)));
        // An answered long length leaves them.
        Assert.False(Kb.Fires("bilateral_or_worsening_sciatica", 60, "female", ("where.both_legs", true), ("where.below_knee", true), ("episode.worsening", true), (Duration, 730)));
        Assert.False(Kb.Fires("older_adult_severe_or_walking", 80, "female", ("where.hip", true), ("func.difficulty_walking_standing", true), ("episode.worsening", true), (Duration, 730)));
    }

    [Fact]
    public void A_yes_no_line_with_it_is_true_unless_answered_the_other_way()
    {
        const string Testicle = "visceral.testicle_pain";
        var index = Kb.Knowledge.Vocabulary.FindFinding(Testicle)!.Index;
        var notDenied = new BoolFindingCondition(index, Testicle, expected: true, orUnanswered: true);
        Assert.Equal(Tri.True, notDenied.Evaluate(Kb.Case(20, "male")));
        Assert.Equal(Tri.True, notDenied.Evaluate(Kb.Case(20, "male", (Testicle, true))));
        Assert.Equal(Tri.False, notDenied.Evaluate(Kb.Case(20, "male", (Testicle, false))));
        Assert.Equal(Tri.False, new NotCondition(notDenied).Evaluate(Kb.Case(20, "male")));
        foreach (var subject in new[] { Kb.Case(20, "male"), Kb.Case(20, "male", (Testicle, true)), Kb.Case(20, "male", (Testicle, false)) })
        {
            Assert.Equal(notDenied.Evaluate(subject) == Tri.True, notDenied.IsTrue(subject));
            Assert.Equal(notDenied.Evaluate(subject) == Tri.False, notDenied.IsFalse(subject));
        }

        // Not one answer, so a FHIR enableWhen must not read it as "answered yes".
        Assert.False(notDenied.TryGetSingleBoolFinding(out _, out _));
        var into = new List<string>();
        notDenied.CollectSupportingFindings(Kb.Case(20, "male"), into);
        Assert.Empty(into);
    }

    [Fact]
    public void A_choice_line_with_it_is_true_unless_answered_with_another_value()
    {
        var definition = Kb.Knowledge.Vocabulary.FindFinding("episode.onset")!;
        var sudden = Array.IndexOf([.. definition.Values], "sudden");
        var suddenOrUnanswered = new ChoiceFindingCondition(definition.Index, definition.Code, [sudden], orUnanswered: true);
        Assert.Equal(Tri.True, suddenOrUnanswered.Evaluate(Kb.Case(40, null)));
        Assert.Equal(Tri.True, suddenOrUnanswered.Evaluate(Kb.Case(40, null, ("episode.onset", "sudden"))));
        Assert.Equal(Tri.False, suddenOrUnanswered.Evaluate(Kb.Case(40, null, ("episode.onset", "gradual"))));
        Assert.Equal(Tri.Unknown, new ChoiceFindingCondition(definition.Index, definition.Code, [sudden]).Evaluate(Kb.Case(40, null)));
    }
}
