namespace HipSpine.Engine.Knowledge;

/// <summary>
/// One source's evidence laid out for scoring, built once when the knowledge is loaded: the items of all
/// correlation groups in one array (group by group, in file order) and, for each item, two slots — present
/// (<c>2 * i</c>) and absent (<c>2 * i + 1</c>) — holding the likelihood ratio, its natural log and the
/// log's absolute value. Ranking a case then computes no logarithm and allocates nothing per item.
/// The values are the very ones the ranking formula computed before (<c>Math.Log</c> of the same numbers),
/// so results are unchanged to the last bit. A missing ratio has NaN in every slot: NaN never compares
/// greater, so such an item is never chosen, exactly like an item without a ratio for that answer.
/// </summary>
internal sealed class SourceEvidenceTable
{
    private readonly int[] groupStarts;
    private readonly (IReadOnlyList<PriorBand> Bands, double[] LogOdds) primaryCare;
    private readonly (IReadOnlyList<PriorBand> Bands, double[] LogOdds) emergency;

    public SourceEvidenceTable(IReadOnlyList<IReadOnlyList<EvidenceItem>> groups, SourcePrior prior)
    {
        primaryCare = (prior.Bands, LogOdds(prior.Bands));
        emergency = (prior.EmergencyBands, LogOdds(prior.EmergencyBands));
        groupStarts = new int[groups.Count + 1];
        var items = new List<EvidenceItem>();
        for (var g = 0; g < groups.Count; g++)
        {
            groupStarts[g] = items.Count;
            items.AddRange(groups[g]);
        }

        groupStarts[groups.Count] = items.Count;
        Items = [.. items];
        Lr = new double[2 * Items.Length];
        Ln = new double[Lr.Length];
        AbsLn = new double[Lr.Length];
        for (var i = 0; i < Items.Length; i++)
        {
            Fill(2 * i, Items[i].LrPresent);
            Fill(2 * i + 1, Items[i].LrAbsent);
        }

    }

    /// <summary>Every evidence item, group after group.</summary>
    public EvidenceItem[] Items { get; }

    /// <summary>Likelihood ratio by slot (NaN when the item has none for that answer).</summary>
    public double[] Lr { get; }

    /// <summary><c>Math.Log(Lr[slot])</c>.</summary>
    public double[] Ln { get; }

    /// <summary><c>Math.Abs(Math.Log(Lr[slot]))</c>: how strongly the slot moves the odds.</summary>
    public double[] AbsLn { get; }

    public int GroupCount => groupStarts.Length - 1;

    public int GroupStart(int group) => groupStarts[group];

    public int GroupEnd(int group) => groupStarts[group + 1];

    /// <summary>Prior log-odds for an age: the first band the age fits, else the last (as <see cref="SourceKnowledge.PriorFor"/>).</summary>
    public double PriorLogOddsFor(int age, CareSetting setting)
    {
        var (bands, logOdds) = setting == CareSetting.Emergency ? emergency : primaryCare;
        for (var b = 0; b < bands.Count; b++)
        {
            if (age <= bands[b].MaxAge)
            {
                return logOdds[b];
            }
        }

        return logOdds[^1];
    }

    private static double[] LogOdds(IReadOnlyList<PriorBand> bands)
    {
        var logOdds = new double[bands.Count];
        for (var b = 0; b < bands.Count; b++)
        {
            var p = bands[b].Probability;
            logOdds[b] = Math.Log(p / (1 - p));
        }

        return logOdds;
    }

    private void Fill(int slot, double? lr)
    {
        Lr[slot] = lr ?? double.NaN;
        Ln[slot] = lr is { } value ? Math.Log(value) : double.NaN;
        AbsLn[slot] = lr is { } v ? Math.Abs(Math.Log(v)) : double.NaN;
    }
}
