namespace HipSpine.Engine.Extraction;

/// <summary>
/// Lengths of time that measure something other than the episode, read from the words right before them: how long a
/// relief lasted ("it helps for a day or so", "the exercises helped for about 6 months") and when an earlier state ended
/// ("until this past week I had back pain but no other problems": the week dates the change, not the episode).
/// </summary>
internal static class DurationSenses
{
    /// <summary>Words of relief: "for N" after one of them measures the relief.</summary>
    private static readonly HashSet<string> ReliefWords = new(StringComparer.Ordinal)
    {
        "help", "helps", "helped", "helping", "relief", "relieved", "relieves", "eases", "eased", "works", "worked", "lasts", "lasted", "wears",
    };

    /// <summary>Whether the length at <paramref name="span"/> measures a relief or ends an earlier state, not the episode.</summary>
    public static bool MeasuresSomethingElse(List<TextToken> tokens, TimeSpanMention span)
    {
        var at = span.FirstToken;
        var k = at - 1;
        while (k >= 0 && tokens[k].Segment == tokens[at].Segment && tokens[k].Lower is "about" or "around" or "roughly" or "maybe" or "only" or "just")
        {
            k--;
        }

        if (k >= 1 && tokens[k].Lower == "for" && ReliefWords.Contains(tokens[k - 1].Lower) && tokens[k - 1].Segment == tokens[at].Segment)
        {
            return true; // "it helps for a day or so"
        }

        // "Until this past week", "until two days ago": the end of what came before.
        for (var j = at - 1; j >= 0 && j >= at - 2 && tokens[j].Segment == tokens[at].Segment; j--)
        {
            if (tokens[j].Lower is "until" or "till" or "til")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that tell of a change of degree: a window of time beside one measures the change ("got worse over the past week").</summary>
    private static readonly HashSet<string> ChangeWords = new(StringComparer.Ordinal)
    {
        "worse", "sharper", "turned", "shot", "ramped", "escalated", "intensified", "deteriorated", "increased",
    };

    /// <summary>Whether the word tells of a change of degree ("worse", "worsening", "shot" up, "turned" sharper).</summary>
    public static bool IsChangeWord(string lower) => ChangeWords.Contains(lower) || lower.StartsWith("worsen", StringComparison.Ordinal);

    /// <summary>
    /// Whether the length is the window of a change, not the pain's age: "last", "past" or "over" before it and a change of
    /// degree in its statement with no beginning ("in the last 6 months it has got worse", "over a few months it turned
    /// sharper", "this past week it shot up"). The pain was there before the change, so its own length is not told here.
    /// "It started 3 weeks ago and has got worse" and "for 3 weeks it has been getting worse" are not windows.
    /// </summary>
    public static bool MeasuresAChange(List<TextToken> tokens, TimeSpanMention span)
    {
        var at = span.FirstToken;
        var window = tokens[at].Lower is "over" or "last" or "past" || (at > 0 && tokens[at - 1].Segment == tokens[at].Segment && tokens[at - 1].Lower is "last" or "past" or "over");
        if (!window)
        {
            return false;
        }

        var change = false;
        foreach (var t in tokens)
        {
            if (t.Segment != tokens[at].Segment)
            {
                continue;
            }

            if (t.Lower.StartsWith("start", StringComparison.Ordinal) || t.Lower.StartsWith("began", StringComparison.Ordinal) || t.Lower.StartsWith("begin", StringComparison.Ordinal))
            {
                return false;
            }

            change |= IsChangeWord(t.Lower);
        }

        return change;
    }

    /// <summary>
    /// Whether the length is that of a pain that comes and goes ("on and off lower back pain for over a year", "for years,
    /// off and on"): the history of its recurrences, which a later length of the present state replaces as the episode.
    /// </summary>
    public static bool TellsOfRecurrence(List<TextToken> tokens, TimeSpanMention span)
    {
        var segment = tokens[span.FirstToken].Segment;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Segment != segment)
            {
                continue;
            }

            var w = tokens[k].Lower;
            var next = k + 1 < tokens.Count && tokens[k + 1].Segment == segment ? tokens[k + 1].Lower : "";
            var third = k + 2 < tokens.Count && tokens[k + 2].Segment == segment ? tokens[k + 2].Lower : "";
            if (w is "on-off" or "on/off" || (w == "on" && next == "off") || (w == "on" && next == "and" && third == "off") || (w == "off" && next == "and" && third == "on")
                || (w is "comes" or "come" && next == "and" && third is "goes" or "go"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the length is said of the present episode outright: "this time" in its clause ("but this time it has been there
    /// for a month"), "now" right after it ("it's been 6 months now"), or a count of time since the start closing its statement ("Now, 20 days in, ...", "about 5 weeks on and
    /// walking is a struggle"); "2 weeks in hospital" and "3 days on antibiotics" are not.
    /// </summary>
    public static bool MarksThisEpisode(List<TextToken> tokens, TimeSpanMention span)
    {
        var last = span.LastToken;
        if (last + 1 < tokens.Count && tokens[last + 1].Lower == "now" && tokens[last + 1].Segment == tokens[last].Segment)
        {
            return true; // "it's been 6 months now", "for more than a year now"
        }

        if (last + 1 < tokens.Count && tokens[last + 1].Segment == tokens[last].Segment && tokens[last + 1].Lower is "in" or "on")
        {
            var k = last + 2;
            if (k >= tokens.Count || tokens[k].Segment != tokens[last + 1].Segment || tokens[k].Lower is "and" or "now")
            {
                return true;
            }
        }

        if (SumsUp(tokens, span.FirstToken))
        {
            return true;
        }

        var clause = tokens[span.FirstToken].Clause;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Clause == clause && tokens[k].Lower == "this" && tokens[k + 1].Lower == "time" && tokens[k + 1].Clause == clause)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence that opens on "that's" and a length sums up what was told before it: "That's six years now", "That's about
    /// ten weeks of this", "that makes three months": the length of the complaint, said outright.
    /// </summary>
    private static bool SumsUp(List<TextToken> tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && tokens[k].Sentence == tokens[first].Sentence && tokens[k].Lower is "about" or "nearly" or "almost" or "over" or "around" or "roughly" or "well" or "just")
        {
            k--;
        }

        var opener = k >= 0 && tokens[k].Sentence == tokens[first].Sentence && (k == 0 || tokens[k - 1].Sentence != tokens[k].Sentence || tokens[k - 1].Lower is "so" or "and");
        return opener && tokens[k].Lower is "that's" or "thats";
    }

    /// <summary>Words that name care given at a moment: a procedure, a stay, someone who gives care.</summary>
    private static readonly string[] CarePrefixes =
    [
        "catheter", "discharg", "operat", "surgery", "surgeon", "scan", "mri", "x-ray", "xray", "admitted", "hospital", "clinic", "physio",
        "inject", "doctor", "urologist", "consultant", "specialist", "chiro", "osteopath", "prescri",
    ];

    /// <summary>
    /// Whether a date ("N ago") dates care and not the complaint: its statement names care ("the urologist put a catheter in
    /// a week ago", "got discharged 2 days ago", "started physio 3 weeks ago") and no symptom. A date of care says when
    /// the care was, not when the pain began.
    /// </summary>
    public static bool DatesCare(List<TextToken> tokens, int from, int to)
    {
        var care = false;
        for (var k = from; k <= to; k++)
        {
            var w = tokens[k].Lower;
            if (SymptomKinds.SaysItHurts(w))
            {
                return false;
            }

            care |= w is "op" or "ops" or "gp" or "dr" or "er" or "a&e" || WordPrefixes.StartsWithAny(w, CarePrefixes);
        }

        return care;
    }

    /// <summary>
    /// Whether a beginning word starts something other than the complaint: a determiner and no symptom in the next few words
    /// ("I started the plan 3 months ago", "got a new job"); "got a really sharp pain" and "it started" are the complaint.
    /// </summary>
    public static bool StartsSomethingElse(List<TextToken> tokens, int verb)
    {
        var k = verb + 1;
        if (k >= tokens.Count || tokens[k].Segment != tokens[verb].Segment || tokens[k].Lower is not ("the" or "a" or "an" or "my" or "our" or "his" or "her" or "their" or "new"))
        {
            return false;
        }

        for (var j = k; j < tokens.Count && j <= k + 3 && tokens[j].Segment == tokens[verb].Segment; j++)
        {
            if (MentionRules.IsSymptomWord(tokens[j].Lower) || SymptomKinds.SaysItHurts(tokens[j].Lower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a statement dates the start of this pain and only describes how it was then: "it started about 2 months ago,
    /// mild at first" (the "at first" is the pain's beginning, not an earlier time), so its date stays the episode's.
    /// </summary>
    public static bool DatesTheStartOfThisPain(List<TextToken> tokens, (int From, int To) statement)
    {
        var begins = false;
        var atFirst = false;
        for (var k = statement.From; k <= statement.To; k++)
        {
            var w = tokens[k].Lower;
            begins |= w.StartsWith("start", StringComparison.Ordinal) || w is "began" or "begun" || (w is "came" or "come" && k + 1 <= statement.To && tokens[k + 1].Lower == "on");
            atFirst |= w is "initially" || (w == "at" && k + 1 < tokens.Count && tokens[k + 1].Lower == "first");
        }

        return begins && atFirst;
    }

    /// <summary>
    /// Whether the sentence dates what comes before the word at <paramref name="at"/> vaguely and long back ("Years ago they
    /// removed part of a bone because of infection", "many years ago", "decades ago"): what it tells is past, so it is neither
    /// a recent infection nor how this episode began. A counted date ("two years ago I fell and it has hurt ever since") can
    /// date this episode's start, so it is not one.
    /// </summary>
    public static bool DatedYearsBack(List<TextToken> tokens, int at)
    {
        for (var k = at - 1; k >= 0 && tokens[k].Sentence == tokens[at].Sentence; k--)
        {
            if (tokens[k].Lower is "years" or "yrs" or "decades" && k + 1 < tokens.Count && tokens[k + 1].Lower is "ago" or "back" && !Counted(tokens, k - 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Counted(List<TextToken> tokens, int k) =>
        k >= 0 && (char.IsDigit(tokens[k].Lower[0]) || tokens[k].Lower is "few" or "couple" or "several" || NumberWords.TryRead(tokens, k, out _, out _));

    /// <summary>Words that end the noun phrase after "of": what follows them is another thing ("two weeks of physio for my back pain").</summary>
    private static readonly HashSet<string> NounPhraseEnds = new(StringComparer.Ordinal)
    {
        "for", "with", "after", "before", "since", "from", "without", "because", "when", "while", "at", "to", "and",
    };

    /// <summary>
    /// "Two weeks of pain", "three months of aching", "five weeks of low back pain", "two years of bad hip pain": a length "of" a
    /// pain measures it, the pain word ending a noun phrase of up to four words that names its place or kind ("two weeks of
    /// holiday" does not, nor "two weeks of physio for my back pain", where the noun phrase is the care).
    /// </summary>
    public static bool OfASymptom(List<TextToken> tokens, int of)
    {
        // "ten weeks of this (now)": "this" closing the phrase stands for the complaint told before. Round 71: "and" closes it
        // as a comma does ("7 years of this and still no answer"), though not "this and that".
        var next = of + 1;
        if (next < tokens.Count && tokens[next].Lower is "this" or "it" && tokens[next].Segment == tokens[of].Segment
            && (next + 1 >= tokens.Count || tokens[next + 1].Segment != tokens[next].Segment || tokens[next + 1].Lower is "now" or "already"
                || (tokens[next + 1].Lower == "and" && (next + 2 >= tokens.Count || tokens[next + 2].Lower != "that"))))
        {
            return true;
        }

        for (var k = of + 1; k < tokens.Count && k <= of + 4 && tokens[k].Segment == tokens[of].Segment; k++)
        {
            if (MentionRules.IsPainWord(tokens[k].Lower) || tokens[k].Lower.EndsWith("ache", StringComparison.Ordinal))
            {
                return true;
            }

            if (NounPhraseEnds.Contains(tokens[k].Lower) || char.IsDigit(tokens[k].Lower[0]))
            {
                return false;
            }
        }

        return false;
    }
}
