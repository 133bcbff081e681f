using System.Globalization;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>The cases <see cref="EquivalenceCheck"/> compares beyond the dev cases: seeded, derived, at the edges.</summary>
internal static class EquivalenceCases
{
    /// <summary>Ages across the rules' age limits (child, adolescent, adult, older adult) with every sex.</summary>
    private static readonly (int Age, string? Sex)[] AgeSexGrid =
        [.. new[] { 8, 15, 30, 45, 55, 62, 68, 75, 85 }.SelectMany(age => new string?[] { null, "female", "male", "other" }.Select(sex => (age, sex)))];

    /// <summary>
    /// Every self-care question answered with its mildest value (no, the lowest number, the first choice) and no
    /// pain site: self care in HipSpine. Then each question cleared in turn, where incomplete_answers alone decides;
    /// a question missing from, or extra in, the translation's list shows here.
    /// </summary>
    public static IEnumerable<(AssessmentCase Case, string Name)> SelfCareEdges(RulesEngineSetup setup)
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
    /// rule uses half the time (else anywhere in range; the edges are pushed in the decisive cases), choices are uniform; age 5..95 and sex
    /// unknown, female, male or other, or half the time an age and sex from a grid under which the focus rule fires.
    /// </summary>
    public static IEnumerable<AssessmentCase> Synthetic(RulesEngineSetup setup, Random random, int count)
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
            var age = random.Next(5, 96);
            var sex = sexes[random.Next(sexes.Length)];
            // Half the time an age and sex under which the focus rule fires with these answers, where one exists: a rule
            // that also reads age and sex (a man of 66 or over) would otherwise fire only by chance among random ages.
            if (random.Next(2) == 0)
            {
                foreach (var (tryAge, trySex) in AgeSexGrid.OrderBy(_ => random.Next()).ToArray())
                {
                    if (setup.Firing.Fires(rules[n % read.Length], new AssessmentCase(vocabulary, id, tryAge, trySex, values)))
                    {
                        (age, sex) = (tryAge, trySex);
                        break;
                    }
                }
            }

            yield return new AssessmentCase(vocabulary, id, age, sex, values);
        }
    }

    /// <summary>Cases at the edge of each rule, so every branch and bound is compared where it alone decides.</summary>
    /// <remarks>
    /// For each rule, every synthetic case where it fires is minimised <paramref name="ordersPerCase"/> times (answers
    /// cleared in a random order, then the sex, while the rule still fires in HipSpine). Each distinct minimal
    /// case is returned with its neighbours: each answer cleared or changed (bool flipped, every other choice), each
    /// other sex, and each int answer and the age pushed to the last value where the rule still fires and one
    /// past it, both ways.
    /// </remarks>
    public static IEnumerable<(AssessmentCase Case, string Name)> Decisive(RulesEngineSetup setup, IReadOnlyList<AssessmentCase> synthetic, Random random, int ordersPerCase)
    {
        string?[] sexes = [null, "female", "male", "other"];
        var findings = setup.Vocabulary.Findings;
        foreach (var rule in setup.Engine.Knowledge.Rules)
        {
            bool Fires(AssessmentCase c) => setup.Firing.Fires(rule, c);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var start in synthetic.Where(Fires).SelectMany(c => Enumerable.Repeat(c, ordersPerCase)))
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
