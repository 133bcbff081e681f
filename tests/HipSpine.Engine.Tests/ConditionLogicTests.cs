using HipSpine.Engine.Cases;
using HipSpine.Engine.Conditions;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>Three-valued logic: an unanswered finding is unknown, never false.</summary>
public class ConditionLogicTests
{
    private static readonly Condition Groin = new BoolFindingCondition(Index("where.groin"), "where.groin", true);
    private static readonly Condition Back = new BoolFindingCondition(Index("where.low_back"), "where.low_back", true);

    private static int Index(string code) => Kb.Knowledge.Vocabulary.FindFinding(code)!.Index;

    [Fact]
    public void Unanswered_is_unknown_and_not_of_unknown_is_unknown()
    {
        var blank = Kb.Case(40, null);
        Assert.Equal(Tri.Unknown, Groin.Evaluate(blank));
        Assert.Equal(Tri.Unknown, new NotCondition(Groin).Evaluate(blank));
        foreach (var subject in new[] { blank, Kb.Case(40, null, ("where.groin", true)), Kb.Case(40, null, ("where.groin", false)) })
        {
            AssertShortcutsAgree(Groin, subject);
            AssertShortcutsAgree(new BoolFindingCondition(Index("where.groin"), "where.groin", false), subject);
        }
    }

    [Fact]
    public void All_is_false_as_soon_as_one_part_is_false_and_unknown_otherwise()
    {
        var all = new AllCondition([Groin, Back]);
        Assert.Equal(Tri.False, all.Evaluate(Kb.Case(40, null, ("where.groin", false))));
        Assert.Equal(Tri.Unknown, all.Evaluate(Kb.Case(40, null, ("where.groin", true))));
        Assert.Equal(Tri.True, all.Evaluate(Kb.Case(40, null, ("where.groin", true), ("where.low_back", true))));
    }

    [Fact]
    public void At_least_is_false_only_when_too_few_parts_could_still_be_true()
    {
        var twoOf = new AtLeastCondition(2, [Groin, Back]);
        Assert.Equal(Tri.Unknown, twoOf.Evaluate(Kb.Case(40, null, ("where.groin", true))));
        Assert.Equal(Tri.False, twoOf.Evaluate(Kb.Case(40, null, ("where.groin", false))));
        Assert.Equal(Tri.True, twoOf.Evaluate(Kb.Case(40, null, ("where.groin", true), ("where.low_back", true))));
    }

    [Fact]
    public void At_least_all_and_not_stop_early_yet_agree_with_counting_every_part_for_every_combination()
    {
        Tri[] values = [Tri.True, Tri.False, Tri.Unknown];
        var blank = Kb.Case(40, null);
        for (var size = 0; size <= 3; size++)
        {
            foreach (var combination in Combinations(values, size))
            {
                for (var k = 0; k <= size + 1; k++)
                {
                    var trues = combination.Count(t => t == Tri.True);
                    var unknowns = combination.Count(t => t == Tri.Unknown);
                    var expected = trues >= k ? Tri.True : trues + unknowns < k ? Tri.False : Tri.Unknown;
                    var parts = combination.Select(t => (Condition)new FixedCondition(t)).ToArray();
                    Assert.True(expected == new AtLeastCondition(k, parts).Evaluate(blank), $"at least {k} of [{string.Join(", ", combination)}]");
                    AssertShortcutsAgree(new AtLeastCondition(k, parts), blank);
                    AssertShortcutsAgree(new NotCondition(new AtLeastCondition(k, parts)), blank);
                }

                AssertShortcutsAgree(new AllCondition(combination.Select(t => (Condition)new FixedCondition(t)).ToArray()), blank);
            }
        }
    }

    /// <summary>Triage asks <c>IsTrue</c>, which stops early; it must say exactly what <c>Evaluate</c> says.</summary>
    private static void AssertShortcutsAgree(Condition condition, AssessmentCase subject)
    {
        var value = condition.Evaluate(subject);
        Assert.Equal(value == Tri.True, condition.IsTrue(subject));
        Assert.Equal(value == Tri.False, condition.IsFalse(subject));
    }

    private static IEnumerable<Tri[]> Combinations(Tri[] values, int size) =>
        size == 0 ? [[]] : Combinations(values, size - 1).SelectMany(rest => values.Select(v => rest.Append(v).ToArray()));

    /// <summary>A part with a fixed value, to try every combination of true, false and unknown parts.</summary>
    private sealed class FixedCondition(Tri value) : Condition
    {
        public override Tri Evaluate(AssessmentCase subject) => value;

        public override bool IsTrue(AssessmentCase subject) => value == Tri.True;

        public override bool IsFalse(AssessmentCase subject) => value == Tri.False;

        public override void CollectFindingIndexes(ISet<int> into)
        {
        }

        public override void CollectSupportingFindings(AssessmentCase subject, ICollection<string> into)
        {
        }
    }

    [Fact]
    public void Int_bounds_are_inclusive_and_sex_is_unknown_when_not_given()
    {
        var severe = new IntFindingCondition(Index("pain.severity_now"), "pain.severity_now", 7, 10);
        Assert.Equal(Tri.True, severe.Evaluate(Kb.Case(40, null, ("pain.severity_now", 7))));
        Assert.Equal(Tri.False, severe.Evaluate(Kb.Case(40, null, ("pain.severity_now", 6))));
        Assert.Equal(Tri.Unknown, new SexCondition("female").Evaluate(Kb.Case(40, null)));
    }
}
