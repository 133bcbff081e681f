using System.Globalization;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>
/// Proves the comparison is like for like before anything is timed: on every dev case and on seeded random
/// synthetic cases, the set of rules that fire in RulesEngine equals the set HipSpine fires (and the triage
/// rank agrees), and on "decisive" cases derived from the synthetic ones, where a single answer, the sex or
/// an age or int value one past a bound decides whether a rule fires. Throws on the first difference, on any RulesEngine expression error, and when the synthetic
/// cases leave a rule never fired or always fired (the check would then prove little about that rule).
/// </summary>
public static class EquivalenceCheck
{
    public const int Seed = 20261125;
    public const int SyntheticCases = 7000;

    /// <summary>How many random orders each firing synthetic case is minimised in, per rule.</summary>
    public const int OrdersPerCase = 2;

    /// <summary>Runs the check; returns a one-line summary for the console.</summary>
    public static string Run(RulesEngineSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.Rules.Count != setup.Engine.Knowledge.Rules.Count)
        {
            throw new InvalidOperationException($"translated {setup.Rules.Count} rules, HipSpine has {setup.Engine.Knowledge.Rules.Count}");
        }

        var tally = new Tally();
        var devFired = 0;
        foreach (var labelled in setup.DevCases)
        {
            devFired += Compare(setup, labelled.Full, labelled.Id, tally);
            Compare(setup, labelled.PatientOnly, labelled.Id + " (patient only)", tally);
        }

        var fires = setup.Rules.ToDictionary(r => r.Id, _ => 0, StringComparer.Ordinal);
        var random = new Random(Seed);
        var synthetic = Synthetic(setup, random, SyntheticCases).ToArray();
        for (var i = 0; i < synthetic.Length; i++)
        {
            foreach (var id in HipSpineFired(setup, synthetic[i]))
            {
                fires[id]++;
            }

            Compare(setup, synthetic[i], string.Create(CultureInfo.InvariantCulture, $"synthetic #{i} (seed {Seed})"), tally);
        }

        var decisive = 0;
        foreach (var (subject, name) in Decisive(setup, synthetic, random).Concat(SelfCareEdges(setup)))
        {
            Compare(setup, subject, name, tally);
            decisive++;
        }

        var never = fires.Where(f => f.Value == 0).Select(f => f.Key).ToArray();
        var always = fires.Where(f => f.Value == synthetic.Length).Select(f => f.Key).ToArray();
        if (never.Length > 0 || always.Length > 0)
        {
            throw new InvalidOperationException(
                $"synthetic cases do not exercise every rule: never fired [{string.Join(", ", never)}], always fired [{string.Join(", ", always)}]");
        }

        if (tally.CompletedSite == 0 || tally.Incomplete == 0 || tally.SelfCare == 0)
        {
            throw new InvalidOperationException(
                $"the cases do not exercise the whole triage: {tally.CompletedSite} firings by a completed pain site, {tally.Incomplete} incomplete_answers, {tally.SelfCare} self care");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"Equivalence: {setup.Rules.Count} rules + {IncompleteAnswersTranslation.RuleId} ({setup.SelfCareQuestions.Count} questions), {setup.DevCases.Count} dev cases (full and patient-only; {devFired} rule firings in full) and {synthetic.Length} synthetic cases (seed {Seed}; {fires.Values.Sum()} firings, each rule fired {fires.Values.Min()}..{fires.Values.Max()} times) plus {decisive} decisive cases derived from them: RulesEngine fires exactly the rules HipSpine fires ({tally.CompletedSite} firings by a completed pain site), lists {IncompleteAnswersTranslation.RuleId} exactly when HipSpine does ({tally.Incomplete} times, {tally.SelfCare} self care) and gives the same urgency.");
    }

    /// <summary>How often the parts added by contract 1.1 decided a compared case.</summary>
    private sealed class Tally
    {
        public int CompletedSite { get; set; }

        public int Incomplete { get; set; }

        public int SelfCare { get; set; }
    }

    private static int Compare(RulesEngineSetup setup, AssessmentCase subject, string name, Tally tally)
    {
        var expected = HipSpineFired(setup, subject);
        tally.CompletedSite += setup.Engine.Knowledge.Rules.Count(r => expected.Contains(r.Id) && !r.When.IsTrue(subject));
        var reasons = setup.Engine.Assess(subject).UrgencyReasons;
        var incomplete = reasons.FirstOrDefault(r => r.Rule == AssessmentEngine.IncompleteAnswersRule);
        var assessed = reasons.Select(r => r.Rule).Where(r => r != AssessmentEngine.IncompleteAnswersRule).ToHashSet(StringComparer.Ordinal);
        if (!assessed.SetEquals(expected))
        {
            throw new InvalidOperationException($"{name}: Assess lists [{string.Join(", ", assessed)}], the rules fire [{string.Join(", ", expected)}]");
        }

        var parameters = RulesEngineSetup.Parameters(subject);
        var results = setup.RulesEngine.ExecuteAllRulesAsync(RulesEngineTranslator.WorkflowName, parameters).GetAwaiter().GetResult();
        if (results.Count != setup.Rules.Count + 1)
        {
            throw new InvalidOperationException($"{name}: RulesEngine returned {results.Count} results for {setup.Rules.Count} rules and {IncompleteAnswersTranslation.RuleId}");
        }

        var errors = results.Where(r => !string.IsNullOrEmpty(r.ExceptionMessage)).Select(r => $"{r.Rule.RuleName}: {r.ExceptionMessage}").ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException($"{name}: RulesEngine errors: {string.Join("; ", errors)}");
        }

        var actual = results.Where(r => r.IsSuccess).Select(r => r.Rule.RuleName).ToHashSet(StringComparer.Ordinal);
        var unanswered = actual.Remove(IncompleteAnswersTranslation.RuleId);
        if (!actual.SetEquals(expected))
        {
            throw new InvalidOperationException(
                $"{name}: RulesEngine fires [{string.Join(", ", actual.Order(StringComparer.Ordinal))}], HipSpine fires [{string.Join(", ", expected.Order(StringComparer.Ordinal))}]");
        }

        CompareIncomplete(setup, subject, name, unanswered && actual.Count == 0, incomplete);
        tally.Incomplete += incomplete is null ? 0 : 1;
        tally.SelfCare += expected.Count == 0 && incomplete is null ? 1 : 0;

        var rank = setup.TriageRankAsync(parameters).GetAwaiter().GetResult();
        if (rank != setup.Engine.TriageRank(subject))
        {
            throw new InvalidOperationException($"{name}: RulesEngine triage rank {rank}, HipSpine {setup.Engine.TriageRank(subject)}");
        }

        return expected.Count;
    }

    /// <summary>
    /// HipSpine lists incomplete_answers when no rule fires and a self-care question is unanswered; RulesEngine's
    /// rule says whether one is. Both must agree, and on which questions (the translation's list, unanswered here).
    /// </summary>
    private static void CompareIncomplete(RulesEngineSetup setup, AssessmentCase subject, string name, bool rulesEngineLists, UrgencyReason? hipSpine)
    {
        if (rulesEngineLists != hipSpine is not null)
        {
            throw new InvalidOperationException(
                $"{name}: RulesEngine {(rulesEngineLists ? "lists" : "does not list")} {IncompleteAnswersTranslation.RuleId}, HipSpine {(hipSpine is null ? "does not" : "does")}");
        }

        var missing = setup.SelfCareQuestions.Where(code => !subject[setup.Vocabulary.FindFinding(code)!.Index].IsKnown).ToArray();
        if (hipSpine is not null && !hipSpine.Findings.SequenceEqual(missing, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"{name}: HipSpine's {IncompleteAnswersTranslation.RuleId} names [{string.Join(", ", hipSpine.Findings)}], the translation's unanswered questions are [{string.Join(", ", missing)}]");
        }
    }

    /// <summary>The rules HipSpine fires: its own decision per rule, an unknown pain site completed.</summary>
    private static HashSet<string> HipSpineFired(RulesEngineSetup setup, AssessmentCase subject) =>
        setup.Engine.Knowledge.Rules.Where(r => setup.Firing.Fires(r, subject)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Every self-care question answered with its mildest value (no, the lowest number, the first choice) and no
    /// pain site: self care in HipSpine. Then each question cleared in turn, where incomplete_answers alone decides;
    /// a question missing from, or extra in, the translation's list shows here.
    /// </summary>
    private static IEnumerable<(AssessmentCase Case, string Name)> SelfCareEdges(RulesEngineSetup setup)
    {
        var values = new FindingValue[setup.Vocabulary.Findings.Count];
        foreach (var f in setup.Vocabulary.Findings.Where(f => setup.SelfCareQuestions.Contains(f.Code)))
        {
            values[f.Index] = f.Type switch
            {
                FindingType.Bool => FindingValue.Of(false),
                FindingType.Int => FindingValue.Of(f.Min),
                _ => FindingValue.Of(0),
            };
        }

        var complete = new AssessmentCase(setup.Vocabulary, "self-care edge", 40, null, values);
        if (setup.Engine.TriageRank(complete) != Urgency.Rank(Urgency.SelfCare))
        {
            throw new InvalidOperationException("the self-care edge case (every self-care question answered mildly) is not self care in HipSpine");
        }

        yield return (complete, complete.Id!);
        foreach (var f in setup.Vocabulary.Findings)
        {
            yield return (complete.With(f.Index, FindingValue.Unknown), $"{complete.Id} {f.Code} unknown");
        }
    }

    /// <summary>
    /// Random valid cases. Each case focuses on one rule (in turn): that rule's findings are answered with a
    /// per-case probability of 5..100 %, every other finding with 0..15 %, so each branch of a rule gets cases
    /// where it alone decides. Bools are yes with a per-case probability of 5..95 %, ints sit at a bound the focus
    /// rule uses half the time (else anywhere in range; the edges are pushed in the decisive cases), choices are uniform; age 5..95; sex unknown,
    /// female, male or other.
    /// </summary>
    private static IEnumerable<AssessmentCase> Synthetic(RulesEngineSetup setup, Random random, int count)
    {
        var vocabulary = setup.Vocabulary;
        var rules = setup.Engine.Knowledge.Rules;
        // The bounds the focus rule itself uses (a bound of another rule on the same finding rarely decides it).
        var bounds = rules.Select(rule => vocabulary.Findings.Select(f =>
        {
            var set = new SortedSet<int>();
            rule.When.CollectIntBounds(f.Index, set);
            return set.Where(b => b >= f.Min && b <= f.Max).ToArray();
        }).ToArray()).ToArray();
        var read = rules.Select(r =>
        {
            var set = new HashSet<int>();
            r.When.CollectFindingIndexes(set);
            return set;
        }).ToArray();
        string?[] sexes = [null, "female", "male", "other"];

        for (var n = 0; n < count; n++)
        {
            var focus = read[n % read.Length];
            var focusBounds = bounds[n % read.Length];
            var focusAnswered = 0.05 + (0.95 * random.NextDouble());
            var otherAnswered = 0.15 * random.NextDouble();
            var yes = 0.05 + (0.9 * random.NextDouble());
            var values = new FindingValue[vocabulary.Findings.Count];
            foreach (var f in vocabulary.Findings)
            {
                if (random.NextDouble() >= (focus.Contains(f.Index) ? focusAnswered : otherAnswered))
                {
                    continue;
                }

                values[f.Index] = f.Type switch
                {
                    FindingType.Bool => FindingValue.Of(random.NextDouble() < yes),
                    FindingType.Int when focusBounds[f.Index].Length > 0 && random.Next(2) == 0 =>
                        FindingValue.Of(focusBounds[f.Index][random.Next(focusBounds[f.Index].Length)]),
                    FindingType.Int => FindingValue.Of(random.Next(f.Min, f.Max + 1)),
                    _ => FindingValue.Of(random.Next(f.Values.Count)),
                };
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{n}");
            yield return new AssessmentCase(vocabulary, id, random.Next(5, 96), sexes[random.Next(sexes.Length)], values);
        }
    }

    /// <summary>Cases at the edge of each rule, so every branch and bound is compared where it alone decides.</summary>
    /// <remarks>
    /// For each rule, every synthetic case where it fires is minimised <see cref="OrdersPerCase"/> times (answers
    /// cleared in a random order, then the sex, while the rule still fires in HipSpine). Each distinct minimal
    /// case is returned with its neighbours: each answer cleared or changed (bool flipped, every other choice), each
    /// other sex, and each int answer and the age pushed to the last value where the rule still fires and one
    /// past it, both ways.
    /// </remarks>
    private static IEnumerable<(AssessmentCase Case, string Name)> Decisive(RulesEngineSetup setup, IReadOnlyList<AssessmentCase> synthetic, Random random)
    {
        string?[] sexes = [null, "female", "male", "other"];
        var findings = setup.Vocabulary.Findings;
        foreach (var rule in setup.Engine.Knowledge.Rules)
        {
            bool Fires(AssessmentCase c) => setup.Firing.Fires(rule, c);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var start in synthetic.Where(Fires).SelectMany(c => Enumerable.Repeat(c, OrdersPerCase)))
            {
                var minimal = start;
                foreach (var index in findings.Select(f => f.Index).Where(i => start[i].IsKnown).OrderBy(_ => random.Next()).ToArray())
                {
                    var cleared = minimal.With(index, FindingValue.Unknown);
                    if (Fires(cleared))
                    {
                        minimal = cleared;
                    }
                }

                if (minimal.Sex is not null && Fires(Rebuild(minimal, minimal.Age, null)))
                {
                    minimal = Rebuild(minimal, minimal.Age, null);
                }

                // One minimal case per distinct set of answers and sex (the age is pushed to its edges below).
                var key = string.Join(",", findings.Where(f => minimal[f.Index].IsKnown).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Index}={minimal[f.Index].Number}")))
                    + ";" + minimal.Sex;
                if (!seen.Add(key))
                {
                    continue;
                }

                var name = string.Create(CultureInfo.InvariantCulture, $"{rule.Id} decisive #{seen.Count} from {start.Id}");
                yield return (minimal, name);
                foreach (var other in sexes.Where(x => x != minimal.Sex))
                {
                    yield return (Rebuild(minimal, minimal.Age, other), name + " sex " + (other ?? "unknown"));
                }

                foreach (var age in Edges(minimal.Age, 0, 120, a => Fires(Rebuild(minimal, a, minimal.Sex))))
                {
                    yield return (Rebuild(minimal, age, minimal.Sex), string.Create(CultureInfo.InvariantCulture, $"{name} age {age}"));
                }

                foreach (var f in findings.Where(f => minimal[f.Index].IsKnown))
                {
                    var value = minimal[f.Index];
                    yield return (minimal.With(f.Index, FindingValue.Unknown), $"{name} {f.Code} unknown");
                    var others = f.Type switch
                    {
                        FindingType.Bool => [FindingValue.Of(!value.AsBool)],
                        FindingType.Choice => Enumerable.Range(0, f.Values.Count).Where(v => v != value.Number).Select(FindingValue.Of),
                        _ => Edges(value.Number, f.Min, f.Max, v => Fires(minimal.With(f.Index, FindingValue.Of(v)))).Select(FindingValue.Of),
                    };
                    foreach (var other in others)
                    {
                        yield return (minimal.With(f.Index, other), string.Create(CultureInfo.InvariantCulture, $"{name} {f.Code} = {other.Number}"));
                    }
                }
            }
        }
    }

    /// <summary>Pushes a firing value down and up to the last value that still fires, and one past each.</summary>
    private static IEnumerable<int> Edges(int value, int min, int max, Func<int, bool> fires)
    {
        var low = value;
        while (low > min && fires(low - 1))
        {
            low--;
        }

        var high = value;
        while (high < max && fires(high + 1))
        {
            high++;
        }

        return new[] { low, low - 1, high, high + 1 }.Where(v => v >= min && v <= max && v != value).Distinct();
    }

    private static AssessmentCase Rebuild(AssessmentCase subject, int age, string? sex)
    {
        var values = new FindingValue[subject.Vocabulary.Findings.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = subject[i];
        }

        return new AssessmentCase(subject.Vocabulary, subject.Id, age, sex, values);
    }
}
