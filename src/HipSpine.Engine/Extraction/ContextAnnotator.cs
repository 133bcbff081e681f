namespace HipSpine.Engine.Extraction;

/// <summary>What the triggers around a mention say about it.</summary>
internal readonly record struct MentionFrame(bool Negated, bool Historical, bool Hypothetical, bool FirstDegreeRelative, bool OtherPerson, int NegationFirst, int NegationLast, bool Asked = false)
{
    public bool AboutSomeoneElse => FirstDegreeRelative || OtherPerson;

    /// <summary>Told as the writer's own, now, and not denied, wondered about or past: what most readers count.</summary>
    public bool OwnAffirmedNow => !Negated && !Historical && !Hypothetical && !AboutSomeoneElse;
}

/// <summary>
/// The NegEx/ConText step: finds the trigger terms of <see cref="ContextTriggers"/> in the tokens (not those
/// inside a matched phrase, and not the negations inside a pseudo-negation) and decides, for a mention,
/// whether a trigger reaches it. A trigger before a mention reaches it within its clause unless a
/// termination term or a new subject after a comma comes between; a negation reaches at most
/// <see cref="NegationReach"/> words forward, and an after-trigger at most <see cref="AfterReach"/> words back.
/// </summary>
internal sealed partial class ContextAnnotator
{
    public const int NegationReach = 6;
    public const int AfterReach = 4;

    private static readonly HashSet<string> FirstPerson = new(ContextTriggers.FirstPerson, StringComparer.Ordinal);

    /// <summary>
    /// After "gone", only these keep it a going-away ("it has gone away", "the pain's gone completely"); any other word
    /// makes "gone" a change into something ("gone numb", "gone excruciating", "gone right off my food").
    /// </summary>
    private static readonly HashSet<string> ResolutionWords = new(StringComparer.Ordinal)
    {
        "away", "now", "completely", "altogether", "entirely", "totally", "again", "off", "since",
    };

    private readonly List<TextToken> tokens;
    private readonly List<Trigger> triggers = [];
    private readonly bool[] ends;
    private readonly bool[] asked;

    /// <param name="tokens">The text's tokens.</param>
    /// <param name="inPhrase">For each token, whether it is a word of a matched lexicon phrase.</param>
    /// <param name="text">The text, to find the sentences that ask rather than tell (they end with "?").</param>
    public ContextAnnotator(List<TextToken> tokens, bool[] inPhrase, string text)
    {
        this.tokens = tokens;
        asked = QuestionSentences.AskedTokens(tokens, text);
        ends = new bool[tokens.Count];
        var patient = ProxyWriter.PatientWords(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (patient.Contains(WithoutPossessive(tokens[i].Lower)))
            {
                continue; // a story typed for someone else: "she" and "my mum" there are the patient
            }

            if (!ByFirstWord.TryGetValue(tokens[i].Lower, out var list) && !ByFirstWord.TryGetValue(WithoutPossessive(tokens[i].Lower), out list))
            {
                continue;
            }

            foreach (var (words, kind) in list)
            {
                if (!Matches(i, words))
                {
                    continue;
                }

                var last = i + words.Length - 1;
                if (kind == Kind.NegationAfter && words[^1] == "gone" && !EndsInGoingAway(last))
                {
                    continue; // "my back has gone excruciating", "I've gone right off my food": a change, not a resolution
                }

                if (kind == Kind.Termination && words is ["who"] && TellsOfThePersonBefore(i))
                {
                    continue; // "my dad who had a stroke": the relative clause tells of the dad, so his reach goes on through it
                }

                if (kind is Kind.FirstDegree or Kind.Other && InCompany(i))
                {
                    continue; // "standing chatting with friends": company at the moment, not another person's complaint
                }

                if (kind == Kind.HistoricalAfter && words is ["before"] && OpensAClause(last))
                {
                    continue; // "I can't walk 100 feet before I have to sit down": a conjunction of time, not an earlier time
                }

                if (kind == Kind.HistoricalAfter && words[0] == "over" && ClauseTellsOfAChange(i))
                {
                    continue; // "it has slowly got worse over the years" is the course of this pain, not a past one
                }

                if (kind == Kind.Hypothetical && words is ["maybe" or "perhaps" or "possibly"] && last + 1 < tokens.Count
                    && (char.IsDigit(tokens[last + 1].Lower[0]) || NumberWords.TryRead(tokens, last + 1, out _, out _)))
                {
                    continue; // "maybe 2/10", "perhaps 50 yards": a hedge on an amount, not a possibility
                }

                if (kind == Kind.Hypothetical && words is ["if"] && ActivityConditions.IfOfHabit(tokens, i))
                {
                    continue; // "it hurts if I sit for long": a condition the pain follows, not a possibility
                }

                if (kind == Kind.NegationRightAfter && last + 1 < tokens.Count && tokens[last + 1].Clause == tokens[last].Clause && !tokens[last + 1].AfterComma)
                {
                    continue; // "none in my back" speaks of something else; only a closing "none" answers what came before
                }

                // A worry stays a worry even inside a phrase ("scared" is also a psych finding); termination always ends a reach.
                var covered = kind is not (Kind.Termination or Kind.Hypothetical) && Enumerable.Range(i, words.Length).Any(t => inPhrase[t]);
                if (!covered)
                {
                    triggers.Add(new Trigger(i, last, kind == Kind.HistoricalAfter && OpensItsPart(i, last) ? Kind.HistoricalBefore : kind));
                }
            }
        }

        // A pseudo-negation ("not sure", "hasn't gone", "gone numb") silences the negations that share a word with it.
        var pseudo = triggers.Where(t => t.Kind == Kind.Pseudo).ToArray();
        triggers.RemoveAll(t => t.Kind is Kind.NegationBefore or Kind.NegationAfter or Kind.NegationRightAfter && pseudo.Any(p => p.First <= t.Last && t.First <= p.Last));
        // "I can't walk far without sitting", "I can't put weight through my legs without pain": an inability before
        // "without" turns it round (a double negative), so the words after it are affirmed, not denied.
        triggers.RemoveAll(t => t.Kind == Kind.NegationBefore && tokens[t.First].Lower == "without" && InabilityBefore(t.First));
        for (var i = 0; i < tokens.Count; i++)
        {
            ends[i] = ScopeBreaks.StartsStatement(tokens, i);
        }

        foreach (var t in triggers.Where(t => t.Kind == Kind.Termination))
        {
            ends[t.First] = true;
        }
    }

    /// <summary>The triggers that reach the mention on tokens first..last; the negation's own tokens widen its span for display.</summary>
    public MentionFrame Frame(int first, int last)
    {
        var before = Before(first, Kind.NegationBefore, NegationReach);
        var after = before >= 0 ? -1 : Math.Max(After(last, Kind.NegationAfter), After(last, Kind.NegationRightAfter, 0));
        return new MentionFrame(
            before >= 0 || after >= 0,
            Before(first, Kind.HistoricalBefore, int.MaxValue) >= 0 || After(last, Kind.HistoricalAfter, int.MaxValue) >= 0,
            Before(first, Kind.Hypothetical, int.MaxValue) >= 0 || asked[first],
            Before(first, Kind.FirstDegree, int.MaxValue) >= 0 || After(last, Kind.FirstDegree) >= 0,
            Before(first, Kind.Other, int.MaxValue) >= 0,
            before >= 0 ? before : first,
            after >= 0 ? after : last,
            asked[first]);
    }

    /// <summary>
    /// The statement around tokens first..last: their clause, cut where a new statement starts (a new subject after
    /// a comma, "and it", a termination term), as the first and last token.
    /// </summary>
    public (int From, int To) Statement(int first, int last)
    {
        var clause = tokens[first].Clause;
        var from = first;
        while (from > 0 && !ends[from] && tokens[from - 1].Clause == clause)
        {
            from--;
        }

        var to = last;
        while (to + 1 < tokens.Count && tokens[to + 1].Clause == clause && !ends[to + 1])
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>
    /// Whether a negation trigger (a pseudo-negation silences its own) stands in tokens from..to, not on a word of the
    /// phrase itself (a phrase matched out of order may have one inside: "I have no arms gone numb"): a red flag is
    /// not read as present from a statement that denies something.
    /// </summary>
    public bool DenialWithin(int from, int to, int[] own)
    {
        foreach (var t in triggers)
        {
            if (t.Kind is Kind.NegationBefore or Kind.NegationAfter or Kind.NegationRightAfter
                && t.First >= from && t.Last <= to && !own.Any(k => k >= t.First && k <= t.Last))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first pre-negation between the words of a phrase matched with a gap ("anti-inflammatories don't help" for
    /// "anti-inflammatories help"), or -1: it negates the phrase as surely as one before it.
    /// </summary>
    public int NegationInside(int[] own)
    {
        if (own.Length < 2)
        {
            return -1;
        }

        var (first, last) = (own.Min(), own.Max());
        foreach (var t in triggers)
        {
            if (t.Kind == Kind.NegationBefore && t.First > first && t.Last < last && !own.Any(k => k >= t.First && k <= t.Last))
            {
                return t.First;
            }
        }

        return -1;
    }

    /// <summary>Whether a negation before token k reaches it ("no leaking"); a negation after it may speak of something else.</summary>
    public bool DeniedFromBefore(int k) => Before(k, Kind.NegationBefore, NegationReach) >= 0;

    /// <summary>The first token of the nearest reaching trigger before the mention, or -1.</summary>
    private int Before(int first, Kind kind, int reach)
    {
        var best = -1;
        var clause = tokens[first].Clause;
        foreach (var t in triggers)
        {
            if (t.Kind != kind || t.Last >= first || tokens[t.Last].Clause != clause || first - t.Last - 1 > reach)
            {
                continue;
            }

            var open = true;
            for (var k = t.Last + 1; k <= first && open; k++)
            {
                open = !ends[k] && !(kind is Kind.FirstDegree or Kind.Other && FirstPerson.Contains(tokens[k].Lower)) && !OwnPartAfterOther(t, kind, k);
            }

            if (open && t.First > best)
            {
                best = t.First;
            }
        }

        return best;
    }

    /// <summary>The last token of the nearest reaching trigger after the mention, or -1.</summary>
    private int After(int last, Kind kind, int reach = AfterReach)
    {
        var clause = tokens[last].Clause;
        foreach (var t in triggers)
        {
            if (t.Kind != kind || t.First <= last || tokens[t.First].Clause != clause || t.First - last - 1 > reach || DatesOnlyItsPart(t, last))
            {
                continue;
            }

            var open = true;
            for (var k = last + 1; k < t.First && open; k++)
            {
                open = !ends[k];
            }

            if (open)
            {
                return t.Last;
            }
        }

        return -1;
    }

    private bool ClauseTellsOfAChange(int at)
    {
        var clause = tokens[at].Clause;
        return tokens.Exists(t => t.Clause == clause && (t.Lower.StartsWith("wors", StringComparison.Ordinal) || t.Lower is "worse" or "better" or "more" or "stiffer" or "weaker"));
    }

    /// <summary>Words that say the person cannot do something: before "without", they make a double negative.</summary>
    private static readonly HashSet<string> InabilityWords = new(StringComparer.Ordinal)
    {
        "can't", "cant", "cannot", "couldn't", "couldnt", "unable", "impossible", "barely", "hardly",
    };

    /// <summary>Whether an inability word stands before token at in its clause, within the negation reach.</summary>
    private bool InabilityBefore(int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 3 * NegationReach && tokens[k].Clause == tokens[at].Clause; k--)
        {
            if (InabilityWords.Contains(tokens[k].Lower) || (tokens[k].Lower == "not" && k + 1 < at && tokens[k + 1].Lower == "able"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the "gone" at token k tells of a going-away: nothing follows it in its segment, or only a word of
    /// <see cref="ResolutionWords"/> ("off" only when it closes the segment: "it's gone off" but not "gone off my food").
    /// </summary>
    private bool EndsInGoingAway(int k)
    {
        bool InSegment(int j) => j < tokens.Count && tokens[j].Segment == tokens[k].Segment;
        if (!InSegment(k + 1))
        {
            return true;
        }

        var next = tokens[k + 1].Lower;
        return ResolutionWords.Contains(next) && (next != "off" || !InSegment(k + 2));
    }
}
