using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Checks that a matched phrase is used in the sense its finding means, from the words around it:
/// a body site only where the sentence speaks of a symptom and not as the object of a test or an operation,
/// "worse when I train" as an aggravating activity rather than a worsening course, and an onset word only
/// where the clause says something began or hurt. Each check looks at a bounded neighbourhood (the
/// sentence or a few words), so the cost stays linear in the text.
/// </summary>
internal static class MentionRules
{
    /// <summary>Word beginnings that say something hurts or is felt ("pain", "hurting", "aches", "sore").</summary>
    private static readonly string[] SymptomPrefixes =
    [
        "pain", "hurt", "ach", "sore", "agon", "tender", "throb", "stab", "twinge", "discomfort", "burn", "cramp",
        "sciatic", "siatic", "spasm", "stiff", "niggl", "swell", "swollen", "tight", "pull", "strain", "sprain", "injur", "shoot",
        "radiat", "spread", "travel", "twist", "tweak",
    ];

    /// <summary>Whole words that say where a pain goes or how bad it is ("it goes into my groin", "it stays in my back").</summary>
    private static readonly HashSet<string> SymptomWords = new(StringComparer.Ordinal)
    {
        "sharp", "dull", "go", "goes", "going", "went", "gone", "runs", "ran", "stays", "stay", "bad", "worse", "worst", "killing", "catch", "caught",
    };

    /// <summary>Nouns and verbs that make a body word the object of a test, an operation or a treatment ("a CT of my lower back", "an injection into my hip").</summary>
    private static readonly HashSet<string> ProcedureWords = new(StringComparer.Ordinal)
    {
        "injection", "injections", "injected", "ray", "rays", "rayed", "xray", "xrays", "scan", "scans", "scanned", "mri", "ct", "surgery",
        "surgeries", "operation", "operations", "operated", "replaced", "replacement", "arthroplasty", "infection", "infected",
    };

    /// <summary>After "worse", these make it a condition ("worse when I train", "got worse sprinting"), not the course of the episode.</summary>
    private static readonly HashSet<string> ConditionWords = new(StringComparer.Ordinal)
    {
        "when", "whenever", "if", "after", "on", "during", "while", "whilst", "as",
    };

    /// <summary>Words after "worse with" that still speak of time ("worse with time", "worse with each week").</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal) { "time", "age", "each", "every" };

    /// <summary>Verbs that tell of a beginning ("started", "came on", "felt a pop").</summary>
    private static readonly string[] OnsetPrefixes =
    [
        "start", "began", "begin", "came", "come", "develop", "felt", "got", "woke", "noticed", "happen", "pop", "snap",
        "fell", "fall", "knock", "slip", "trip", "injur", "twist",
    ];

    /// <summary>Before "worse when ...", these make it a change over time that shows in an activity ("it's got worse when I walk").</summary>
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal) { "got", "gotten", "become", "became", "grown" };

    /// <summary>
    /// Word beginnings that name a leg or a part of one: "I feel run down and weak" is weakness of the whole body,
    /// so a bare "weak" says the legs are weak only when its sentence names a leg or a part of one ("my hip feels weak").
    /// </summary>
    private static readonly string[] LimbPrefixes = ["leg", "foot", "feet", "hip", "knee", "thigh", "ankle", "toe", "calf", "calves", "shin", "limb", "buttock", "glute"];

    /// <summary>
    /// Per sentence, whether it speaks of a symptom and whether it names a leg: computed once per text so that the
    /// checks of each mention cost nothing more.
    /// </summary>
    public static (bool[] Symptom, bool[] Limb) SentenceFacts(List<TextToken> tokens)
    {
        var count = tokens.Count == 0 ? 0 : tokens[^1].Sentence + 1;
        var (symptom, limb) = (new bool[count], new bool[count]);
        foreach (var t in tokens)
        {
            symptom[t.Sentence] |= IsSymptomWord(t.Lower);
            limb[t.Sentence] |= StartsWithAny(t.Lower, LimbPrefixes);
        }

        for (var s = 1; s < count; s++)
        {
            symptom[s] |= symptom[s - 1] && SentenceFragments.IsAFragment(tokens, s);
        }

        SentenceFragments.MarkHeadings(tokens, symptom); // "Right hip." (round 63)

        return (symptom, limb);
    }

    /// <summary>Whether a word says something hurts ("pain", "hurts", "ache", "sore"), as against numbness or stiffness.</summary>
    public static bool IsPainWord(string lower) =>
        lower.StartsWith("pain", StringComparison.Ordinal) || lower.StartsWith("hurt", StringComparison.Ordinal) || lower.StartsWith("ach", StringComparison.Ordinal)
        || lower.StartsWith("sore", StringComparison.Ordinal) || lower.StartsWith("agon", StringComparison.Ordinal);

    public static bool IsSymptomWord(string lower) =>
        SymptomWords.Contains(lower) || StartsWithAny(lower, SymptomPrefixes);

    /// <summary>Whether the sentence of the token at <paramref name="i"/> names a pain or another symptom.</summary>
    public static bool SentenceTellsOfPain(List<TextToken> tokens, int i) =>
        tokens.Exists(t => t.Sentence == tokens[i].Sentence && IsSymptomWord(t.Lower));

    /// <summary>
    /// A body site is a place that hurts only where its sentence speaks of a symptom ("A CT of my lower back showed..."
    /// and "I have to lift my knee high" name a body part, not a pain), where it is not the object of a test or
    /// an operation next to it ("an injection into my hip joint", "hip replacement"), and where it is not the
    /// landmark of another place ("the dimple above my bum"), nor the part of another ("the right side of my back").
    /// </summary>
    public static bool SiteIsSpokenOf(List<TextToken> tokens, bool[] sentenceHasSymptom, int first, int last)
    {
        var symptom = sentenceHasSymptom[tokens[first].Sentence];
        // "The right side of my back", "the bottom of my foot": a place word followed by "of" names a part of what follows.
        if (!symptom || (last + 1 < tokens.Count && tokens[last + 1].Lower == "of" && tokens[last + 1].Clause == tokens[last].Clause))
        {
            return false;
        }

        _ = PreviousContentWord(tokens, first, out var reachedBy);
        if (WordSenses.IsALandmark(tokens, first))
        {
            return false;
        }

        // "From my groin down", "from the waist downwards": a boundary of a region, not a place that hurts.
        var determiner = first - 1;
        while (determiner >= 0 && tokens[determiner].Lower is "my" or "the" or "his" or "her" or "your" or "their")
        {
            determiner--;
        }

        // ... also with the motion between ("from the knee going upwards").
        var direction = last + 1 < tokens.Count && tokens[last + 1].Lower is "going" or "goes" or "running" or "runs" or "spreading" ? last + 2 : last + 1;
        if (determiner >= 0 && tokens[determiner].Lower == "from" && direction < tokens.Count && tokens[direction].Segment == tokens[last].Segment
            && tokens[direction].Lower is "down" or "up" or "downwards" or "upwards" or "downward" or "upward"
            && (direction + 1 >= tokens.Count || tokens[direction + 1].Segment != tokens[last].Segment || tokens[direction + 1].Lower == "and"))
        {
            // ... closing the phrase: "from my low back down the back of my leg" is a path that starts where it hurts.
            return false;
        }

        for (var i = reachedBy; i >= 0 && i >= first - 4 && tokens[i].Segment == tokens[first].Segment; i--)
        {
            if (ProcedureWords.Contains(tokens[i].Lower) || WordSenses.IsAnInjectionShot(tokens, i))
            {
                return false;
            }
        }

        for (var i = last + 1; i < tokens.Count && i <= last + 2 && tokens[i].Segment == tokens[last].Segment; i++)
        {
            if (ProcedureWords.Contains(tokens[i].Lower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Worse" followed by a condition or an activity ("gets worse when I train", "got worse sprinting") tells what
    /// aggravates the pain, not that the episode is getting worse; "it has got worse when I walk" is still a change.
    /// </summary>
    public static bool IsAggravation(List<TextToken> tokens, int[] own)
    {
        // The phrase's own "worse", wherever it stands in a match out of order ("worse when I first get up" for "got worse").
        var at = Array.FindIndex(own, k => tokens[k].Lower == "worse");
        if (at < 0)
        {
            return false;
        }

        var last = own[at];

        // "Makes it worse" is what an aggravating factor does, never the course of the episode.
        if (last >= 2 && tokens[last - 1].Lower == "it" && tokens[last - 2].Lower is "make" or "makes" or "made" or "making")
        {
            return true;
        }

        if (last + 1 >= tokens.Count || tokens[last + 1].Clause != tokens[last].Clause)
        {
            return false;
        }

        var next = tokens[last + 1].Lower;
        if (CourseAndActivitySenses.WorseTheMore(tokens, last))
        {
            return true;
        }

        if (next == "with")
        {
            return last + 2 >= tokens.Count || !TimeWords.Contains(tokens[last + 2].Lower);
        }

        if (ConditionWords.Contains(next))
        {
            return last == 0 || !ChangeVerbs.Contains(tokens[last - 1].Lower);
        }

        return next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 5 && !tokens[last + 1].AfterComma;
    }

    /// <summary>
    /// An onset word ("suddenly", "gradually") tells how the pain began only in a clause that speaks of a beginning or a
    /// symptom ("I suddenly ramped up my running" does not), and not when it qualifies a change of degree: "it's slowly
    /// getting worse", "it's suddenly got much worse", "my back has gradually got stiffer" tell the course, not the onset.
    /// </summary>
    public static bool ClauseTellsOfOnset(List<TextToken> tokens, int first, int last)
    {
        var clause = tokens[first].Clause;
        if (QualifiesAChangeOfDegree(tokens, last) && !ClauseHas(tokens, first, t => BeginningWords.Contains(t.Lower)))
        {
            return false;
        }

        for (var i = first; i >= 0 && tokens[i].Clause == clause; i--)
        {
            if (TellsOfOnset(tokens[i].Lower))
            {
                return true;
            }
        }

        for (var i = last; i < tokens.Count && tokens[i].Clause == clause; i++)
        {
            if (TellsOfOnset(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that say something changed in degree ("worse", "stiffer", "loosens"): after an onset adverb they make it the course.</summary>
    private static readonly string[] DegreePrefixes = ["worse", "better", "stiffer", "weaker", "more", "less", "loosen", "eas", "improv", "settl", "wors", "intensif"];

    /// <summary>Small words between an onset adverb and the change it qualifies ("slowly getting much worse").</summary>
    private static readonly HashSet<string> DegreeFillers = new(StringComparer.Ordinal)
    {
        "got", "gotten", "getting", "get", "gets", "become", "becoming", "became", "been", "grown", "grew", "much", "a", "lot", "even", "bit",
        "little", "far",
        // round 67: lay words of degree ("it suddenly got loads worse", "got way worse", "got lots worse")
        "loads", "way", "lots", "heaps", "alot", "really", "massively", "tons",
    };

    /// <summary>Words that say outright that something began: with them an onset adverb keeps its sense ("it came on gradually, slowly getting worse").</summary>
    private static readonly HashSet<string> BeginningWords = new(StringComparer.Ordinal)
    {
        "started", "start", "starting", "began", "begun", "begin", "came", "come", "comes", "onset",
    };

    private static bool ClauseHas(List<TextToken> tokens, int at, Func<TextToken, bool> test)
    {
        var clause = tokens[at].Clause;
        for (var i = at; i >= 0 && tokens[i].Clause == clause; i--)
        {
            if (test(tokens[i]))
            {
                return true;
            }
        }

        for (var i = at + 1; i < tokens.Count && tokens[i].Clause == clause; i++)
        {
            if (test(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool QualifiesAChangeOfDegree(List<TextToken> tokens, int last)
    {
        for (var k = last + 1; k < tokens.Count && k <= last + 4 && tokens[k].Clause == tokens[last].Clause; k++)
        {
            if (StartsWithAny(tokens[k].Lower, DegreePrefixes))
            {
                return true;
            }

            if (!DegreeFillers.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        return false;
    }

    private static bool TellsOfOnset(string lower) => IsSymptomWord(lower) || IsOnsetVerb(lower);

    public static bool IsOnsetVerb(string lower) => StartsWithAny(lower, OnsetPrefixes);

    private static string PreviousContentWord(List<TextToken> tokens, int first, out int at)
    {
        at = first - 1;
        while (at >= 0 && tokens[at].Segment == tokens[first].Segment && Lexicon.IsStopWord(tokens[at].Lower))
        {
            at--;
        }

        return at >= 0 && tokens[at].Segment == tokens[first].Segment ? tokens[at].Lower : "";
    }
}
