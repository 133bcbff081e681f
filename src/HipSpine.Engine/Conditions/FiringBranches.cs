using HipSpine.Engine.Cases;

namespace HipSpine.Engine.Conditions;

/// <summary>
/// What one way of making a condition true asks of a case: findings with values, an age range and a sex.
/// Used to build the smallest case that fires a rule by each branch of its condition (coherence tests).
/// </summary>
internal sealed class FiringRequirement
{
    public Dictionary<int, FindingValue> Findings { get; } = [];

    public int MinAge { get; set; }

    public int MaxAge { get; set; } = int.MaxValue;

    public string? Sex { get; set; }

    /// <summary>False when two parts of the branch contradict each other (e.g. X true and X false).</summary>
    public bool Consistent { get; set; } = true;

    public FiringRequirement Merge(FiringRequirement other)
    {
        var merged = new FiringRequirement
        {
            MinAge = Math.Max(MinAge, other.MinAge),
            MaxAge = Math.Min(MaxAge, other.MaxAge),
            Sex = Sex ?? other.Sex,
            Consistent = Consistent && other.Consistent && (Sex is null || other.Sex is null || Sex == other.Sex),
        };
        foreach (var (index, value) in Findings.Concat(other.Findings))
        {
            if (merged.Findings.TryGetValue(index, out var existing) && !existing.Equals(value))
            {
                merged.Consistent = false;
            }

            merged.Findings[index] = value;
        }

        merged.Consistent &= merged.MinAge <= merged.MaxAge;
        return merged;
    }
}

/// <summary>Enumerates the branches of a condition: each a minimal set of requirements that makes it true.</summary>
internal static class FiringBranches
{
    /// <summary>At most this many branches per condition; beyond it the product is sampled evenly.</summary>
    public const int Limit = 600;

    public static IReadOnlyList<FiringRequirement> Of(Condition condition) => condition switch
    {
        AllCondition all => Product(all.Children.Select(Of).ToArray()),
        AtLeastCondition atLeast => Combinations(atLeast.Children.Length, atLeast.K)
            .SelectMany(combo => Product(combo.Select(i => Of(atLeast.Children[i])).ToArray()))
            .Where(r => r.Consistent)
            .Take(Limit)
            .ToArray(),
        _ => condition.Requirement() is { } leaf ? [leaf] : [],
    };

    private static FiringRequirement[] Product(IReadOnlyList<FiringRequirement>[] parts)
    {
        IEnumerable<FiringRequirement> result = [new FiringRequirement()];
        foreach (var part in parts)
        {
            var current = result.ToArray();
            var stride = Math.Max(1, current.Length * part.Count / Limit);
            result = current.SelectMany(r => part.Select(p => r.Merge(p))).Where((r, i) => r.Consistent && i % stride == 0).ToArray();
        }

        return result.Take(Limit).ToArray();
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var combo = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return (int[])combo.Clone();
            var i = k - 1;
            while (i >= 0 && combo[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            combo[i]++;
            for (var j = i + 1; j < k; j++)
            {
                combo[j] = combo[j - 1] + 1;
            }
        }
    }
}
