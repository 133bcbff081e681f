using HipSpine.Engine.Cases;
using HipSpine.Engine.Conditions;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// A result agrees with itself: for every rule and every branch of its condition, the smallest case that fires
/// it (at ages 35, 60 and 78 within the rule's age limits, each sex) names every source the rule screens for
/// in <c>mustRuleOut</c>, never ranks non-specific back pain first when an emergency rule fires, and holds a source
/// the most urgent (emergency or urgent) rules screen for in its top three. Adding what a
/// rule needs never lowers the urgency, and a red-flag finding never lowers the source it screens for.
/// </summary>
public class TriageCoherenceTests
{
    private static readonly int[] Ages = [35, 60, 78];
    private static readonly HashSet<int> RedFlags = Kb.Knowledge.RedFlagFindings.Select(f => f.Index).ToHashSet();


    [Theory]
    [MemberData(nameof(RuleTheoryData.RuleIds), MemberType = typeof(RuleTheoryData))]
    public void Every_minimal_firing_case_names_what_the_rule_screens_for_and_an_emergency_never_leads_with_back_strain(string ruleId)
    {
        var rule = Kb.Knowledge.Rules.Single(r => r.Id == ruleId);
        var cases = MinimalFiringCases(rule).ToArray();
        Assert.NotEmpty(cases);
        foreach (var subject in cases)
        {
            var result = Kb.Engine.Assess(subject);
            var label = $"{ruleId} age {subject.Age} {subject.Sex}: {string.Join(", ", Known(subject))}";
            Assert.True(result.UrgencyReasons.Any(r => r.Rule == ruleId), $"{label}: the rule did not fire");
            Assert.True(Urgency.Rank(result.Urgency) <= rule.UrgencyRank, $"{label}: urgency {result.Urgency}");
            foreach (var source in rule.ScreensFor)
            {
                Assert.True(result.MustRuleOut.Any(m => m.Id == source && m.Rules.Contains(ruleId)), $"{label}: {source} not in mustRuleOut");
            }

            if (result.Urgency == Urgency.Emergency)
            {
                Assert.True(result.Sources[0].Id != "mechanical_lbp", $"{label}: mechanical_lbp ranked first under an emergency");
            }

            // Evidence round 18: an emergency or urgent result shows, in its top three, a source the rules that set it screen for.
            var level = Urgency.Rank(result.Urgency);
            if (level <= Urgency.Rank(Urgency.Urgent))
            {
                var screened = result.UrgencyReasons.Where(r => Urgency.Rank(r.Urgency) == level)
                    .SelectMany(r => Kb.Knowledge.Rules.Single(k => k.Id == r.Rule).ScreensFor).ToHashSet();
                Assert.True(result.Sources.Take(3).Any(s => screened.Contains(s.Id)), $"{label}: no screened source in the top three");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleTheoryData.RuleIds), MemberType = typeof(RuleTheoryData))]
    public void Adding_a_finding_a_rule_needs_never_lowers_the_urgency(string ruleId)
    {
        var rule = Kb.Knowledge.Rules.Single(r => r.Id == ruleId);
        var needed = PositiveFindings(rule);
        foreach (var subject in MinimalFiringCases(rule).Where(c => c.Age == Ages[1] || c.Age < 35 || c.Age > 78).Take(40))
        {
            var before = Kb.Engine.TriageRank(subject);
            foreach (var index in needed.Where(i => !subject[i].IsKnown))
            {
                var after = Kb.Engine.TriageRank(subject.With(index, FindingValue.Of(true)));
                Assert.True(after <= before, $"{ruleId}: adding {Kb.Knowledge.Vocabulary.Findings[index].Code} lowered the urgency");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleTheoryData.RuleIds), MemberType = typeof(RuleTheoryData))]
    public void A_red_flag_finding_never_lowers_the_probability_of_what_its_rule_screens_for(string ruleId)
    {
        var rule = Kb.Knowledge.Rules.Single(r => r.Id == ruleId);
        var sources = rule.ScreensFor.Select(id => Kb.Knowledge.Sources.Select((s, i) => (s, i)).Single(x => x.s.Id == id).i).ToArray();
        var bases = MinimalFiringCases(rule).Where(c => c.Age == Ages[1] || c.Age < 35 || c.Age > 78).Take(20)
            .Prepend(Kb.Case(60, "female", ("where.low_back", true)))
            .Prepend(Kb.Case(60, "male", ("where.hip", true)));
        foreach (var subject in bases)
        {
            var before = Kb.Engine.SourceProbabilities(subject);
            foreach (var index in PositiveFindings(rule).Where(i => !subject[i].IsKnown && RedFlags.Contains(i)))
            {
                var after = Kb.Engine.SourceProbabilities(subject.With(index, FindingValue.Of(true)));
                foreach (var s in sources)
                {
                    Assert.True(after[s] >= before[s] - 1e-9,
                        $"{ruleId}: {Kb.Knowledge.Vocabulary.Findings[index].Code} lowered {Kb.Knowledge.Sources[s].Id} from {before[s]:0.0000} to {after[s]:0.0000} ({string.Join(", ", Known(subject))})");
                }
            }
        }
    }

    [Fact]
    public void Fever_with_back_pain_puts_spinal_infection_first_in_must_rule_out()
    {
        var result = Kb.Engine.Assess(Kb.Case(45, "male", ("systemic.fever", true), ("where.low_back", true)));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Equal("spinal_infection", result.MustRuleOut[0].Id);
        Assert.NotEqual("mechanical_lbp", result.Sources[0].Id);
    }

    [Fact]
    public void Shaking_chills_count_as_fever_and_37_9_in_an_older_adult_is_not_reassurance()
    {
        var chills = Kb.Engine.Assess(Kb.Case(66, "female", ("systemic.chills_rigors", true), ("systemic.unwell", true), ("where.hip", true), ("func.difficulty_walking_standing", true)));
        Assert.Equal(Urgency.Emergency, chills.Urgency);
        Assert.Contains(chills.MustRuleOut, m => m.Id == "septic_hip");

        var warm = Kb.Engine.Assess(Kb.Case(70, "male", ("exam.temperature_c10", 379), ("where.low_back", true)));
        Assert.Contains(warm.UrgencyReasons, r => r.Rule == "fever_with_pain");
        var cooler = Kb.Case(70, "male", ("where.low_back", true));
        var infection = Kb.Knowledge.Sources.Single(s => s.Id == "spinal_infection");
        Assert.True(Kb.Engine.SourceProbability(infection, Kb.Case(70, "male", ("exam.temperature_c10", 379), ("where.low_back", true))) >= Kb.Engine.SourceProbability(infection, cooler));
    }

    [Fact]
    public void Severe_pain_and_walking_difficulty_at_77_with_no_duration_is_urgent()
    {
        var result = Kb.Engine.Assess(Kb.Case(77, "female", ("pain.severity_worst", 9), ("func.difficulty_walking_standing", true), ("where.hip", true)));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "older_adult_severe_or_walking");
    }

    [Fact]
    public void Back_and_hip_pain_with_nothing_else_answered_is_never_self_care()
    {
        var result = Kb.Engine.Assess(Kb.Case(40, null, ("where.low_back", true), ("where.hip", true)));
        Assert.Equal(Urgency.Soon, result.Urgency);
        Assert.Equal("incomplete_answers", result.UrgencyReasons.Single().Rule);
        Assert.Equal(Urgency.Rank(Urgency.Soon), Kb.Engine.TriageRank(Kb.Case(40, null, ("where.low_back", true), ("where.hip", true))));
    }

    private static IEnumerable<AssessmentCase> MinimalFiringCases(TriageRule rule)
    {
        var vocabulary = Kb.Knowledge.Vocabulary;
        foreach (var branch in FiringBranches.Of(rule.When).Where(b => b.Consistent))
        {
            var ages = Ages.Where(a => a >= branch.MinAge && a <= branch.MaxAge).ToArray();
            if (ages.Length == 0)
            {
                ages = [Math.Clamp((branch.MinAge + Math.Min(branch.MaxAge, 120)) / 2, CaseValidator.MinAge, CaseValidator.MaxAge)];
            }

            foreach (var age in ages)
            {
                foreach (var sex in branch.Sex is { } s ? [s] : new[] { "female", "male" })
                {
                    var values = new FindingValue[vocabulary.Findings.Count];
                    foreach (var (index, value) in branch.Findings)
                    {
                        values[index] = value;
                    }

                    yield return new AssessmentCase(vocabulary, rule.Id, age, sex, values);
                }
            }
        }
    }

    private static int[] PositiveFindings(TriageRule rule) => FiringBranches.Of(rule.When)
        .SelectMany(b => b.Findings)
        .Where(kv => Kb.Knowledge.Vocabulary.Findings[kv.Key].Type == FindingType.Bool && kv.Value.AsBool)
        .Select(kv => kv.Key)
        .Distinct()
        .ToArray();

    private static IEnumerable<string> Known(AssessmentCase subject) =>
        Kb.Knowledge.Vocabulary.Findings.Where(f => subject[f.Index].IsKnown).Select(f => $"{f.Code}={subject[f.Index].Number}");
}
