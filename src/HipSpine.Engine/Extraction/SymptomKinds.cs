using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Which kind of symptom a statement tells of. A body site means "pain here", so a place where the only symptom is
/// numbness, weakness, swelling or stiffness ("numbness and weakness in both lower legs", "ankles a bit swollen") is
/// not a place that hurts (unless its clause says something hurts too); numbness in a place that is not part of the leg ("numbness in my lower back") is not numbness
/// in the leg; "more and more tired" is not the pain getting worse; and a steroid taken for a short
/// course is not long-term steroids. A statement is the segment between
/// commas up to a new subject (<see cref="ScopeBreaks"/>).
/// </summary>
internal static class SymptomKinds
{
    private static readonly string[] NonPainPrefixes = ["numb", "tingl", "pins", "weak", "swell", "swollen", "stiff", "prickl", "dead", "tired", "exhaust"];

    /// <summary>Word beginnings that say it hurts (as against numb, weak, swollen or stiff).</summary>
    private static readonly string[] PainPrefixes =
    [
        "pain", "hurt", "ach", "sore", "agon", "tender", "throb", "stab", "twinge", "discomfort", "burn", "cramp", "sciatic", "siatic",
        "spasm", "niggl", "shoot", "sharp", "dull", "radiat", "killing", "excruciat",
    ];

    private static readonly string[] LegParts = ["leg", "foot", "feet", "toe", "shin", "calf", "calves", "knee", "ankle", "heel", "sole", "thigh", "hip", "groin", "buttock", "bum", "glute"];

    private static readonly string[] NotLegParts = ["back", "arm", "hand", "finger", "face", "lip", "neck", "chest", "shoulder", "spine", "tummy", "stomach", "belly"];

    /// <summary>Words that make a steroid a short course rather than a long-term medicine.</summary>
    private static readonly HashSet<string> ShortCourseWords = new(StringComparer.Ordinal)
    {
        "course", "short", "burst", "week", "weeks", "days", "shot", "injection", "injections", "injected", "jab",
    };

    /// <summary>Whether the statement around token at tells only of numbness, weakness, swelling or stiffness: no word in it says it hurts.</summary>
    public static bool OnlyANonPainSymptom(List<TextToken> tokens, int at)
    {
        var nonPain = false;
        var (from, to) = StatementAround(tokens, at);
        for (var k = from; k <= to; k++)
        {
            nonPain |= StartsWithAny(tokens[k].Lower, NonPainPrefixes);
        }

        // Any word of pain in the whole clause ("a burning, prickly feeling that starts in my buttocks") keeps the place a pain site.
        var clause = tokens[at].Clause;
        for (var k = at; nonPain && k >= 0 && tokens[k].Clause == clause; k--)
        {
            nonPain = !SaysItHurts(tokens[k].Lower);
        }

        for (var k = at + 1; nonPain && k < tokens.Count && tokens[k].Clause == clause; k++)
        {
            nonPain = !SaysItHurts(tokens[k].Lower);
        }

        return nonPain;
    }

    /// <summary>Whether a word says it hurts ("pain", "aching", "backache", "burning", "sharp").</summary>
    public static bool SaysItHurts(string lower) => StartsWithAny(lower, PainPrefixes) || lower.Contains("ache", StringComparison.Ordinal);

    /// <summary>Whether the statement around token at names a body part that is not the leg's and no part of the leg ("numbness in my lower back").</summary>
    public static bool NamesOnlyAPlaceOutsideTheLeg(List<TextToken> tokens, int at)
    {
        var (outside, leg) = (false, false);
        var (from, to) = StatementAround(tokens, at);
        for (var k = from; k <= to; k++)
        {
            outside |= StartsWithAny(tokens[k].Lower, NotLegParts);
            leg |= StartsWithAny(tokens[k].Lower, LegParts) || tokens[k].Lower.StartsWith("down", StringComparison.Ordinal);
        }

        return outside && !leg;
    }

    /// <summary>Whether the statement around token at tells of a short course ("a 2 week course of prednisone", "started 2 days ago on prednisone").</summary>
    public static bool ShortCourse(List<TextToken> tokens, int at)
    {
        // The whole clause: a list of medicines shares its "started 2 days ago" ("... paracetamol, oxycodone and a low dose of prednisone").
        var clause = tokens[at].Clause;
        return tokens.Exists(t => t.Clause == clause && ShortCourseWords.Contains(t.Lower));
    }

    /// <summary>
    /// Whether a worsening phrase ending at token last qualifies the symptom that follows it and that is not pain ("I'm more
    /// and more tired", "worse and worse numbness"): that is the symptom's worsening, not the pain's.
    /// </summary>
    public static bool QualifiesANonPainSymptom(List<TextToken> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Segment == tokens[last].Segment && StartsWithAny(tokens[last + 1].Lower, NonPainPrefixes);

    /// <summary>Places that are not the hip or the back: swelling there is not the local swelling the finding asks about.</summary>
    private static readonly string[] ElsewherePlaces =
    [
        "ankle", "knee", "leg", "foot", "feet", "toe", "calf", "calves", "shin", "hand", "finger", "wrist", "elbow", "arm", "face", "eye", "neck",
        "throat", "gland", "tummy", "stomach", "belly", "abdomen",
    ];

    /// <summary>
    /// Whether the statement of a swelling word at token at names a place other than the hip or the back ("ankles a bit
    /// swollen", "my knee swelled up", "elbows and wrists, sometimes with swelling"): `local.swelling_redness_warmth` asks
    /// about swelling, redness or warmth around the hip or the back.
    /// </summary>
    public static bool SwellingElsewhere(List<TextToken> tokens, int at)
    {
        var (from, to) = StatementAround(tokens, at);
        var (elsewhere, hipOrBack) = (false, false);
        for (var k = from; k <= to; k++)
        {
            elsewhere |= StartsWithAny(tokens[k].Lower, ElsewherePlaces);
            hipOrBack |= StartsWithAny(tokens[k].Lower, ["hip", "back", "buttock", "groin", "pelvis", "spine", "bum", "glute"]);
        }

        return elsewhere && !hipOrBack;
    }

    private static readonly string[] UrineWords = ["pee", "wee", "urin", "toilet", "loo", "bathroom", "nocturia"];

    /// <summary>Whether the sentence of token at tells of getting up at night to pass urine ("peeing a lot and up twice at night for it"): not night pain.</summary>
    public static bool UpAtNightToPassUrine(List<TextToken> tokens, int at)
    {
        var sentence = tokens[at].Sentence;
        return tokens.Exists(t => t.Sentence == sentence && StartsWithAny(t.Lower, UrineWords)) && !tokens.Exists(t => t.Sentence == sentence && SaysItHurts(t.Lower));
    }

    internal static (int From, int To) StatementAround(List<TextToken> tokens, int at)
    {
        var segment = tokens[at].Segment;
        var from = at;
        while (from > 0 && tokens[from - 1].Segment == segment && !ScopeBreaks.StartsStatement(tokens, from))
        {
            from--;
        }

        var to = at;
        while (to + 1 < tokens.Count && tokens[to + 1].Segment == segment && !ScopeBreaks.StartsStatement(tokens, to + 1))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>
    /// "Waterworks trouble - stinging when I pee", "a water infection - I can't empty my bladder, burning": a bladder
    /// complaint in a sentence that tells of a urine infection's symptoms is the infection's, not a change in bladder
    /// control (the nerve red flag). Leaving it out is the safe side: the interview asks the bladder screen anyway.
    /// </summary>
    public static void BladderBesideAUrineInfection(List<TextToken> tokens, List<ExtractedMention> mentions)
    {
        int SentenceOf(ExtractedMention m) => tokens.First(t => t.End > m.Start).Sentence;
        var infected = mentions.Where(m => m.Code == "visceral.urine_symptoms" && m.Counted && m.Value.AsBool).Select(SentenceOf).ToHashSet();
        if (infected.Count > 0)
        {
            mentions.RemoveAll(m => m.Code == "neuro.bladder_change" && infected.Contains(SentenceOf(m)));
        }
    }

    /// <summary>Word beginnings of the leg and the foot, whose weakness getting worse is also weakness now.</summary>
    private static readonly string[] WeakeningParts = ["leg", "foot", "feet"];

    /// <summary>
    /// "Both my legs are getting weaker", "my right foot has got weaker": a leg or a foot named within four words before a
    /// worsening of weakness ("weaker") in its clause is weak now, as well as weakening. The place word stays free for the
    /// body site ("both legs").
    /// </summary>
    public static bool ALegGettingWeaker(List<TextToken> tokens, PhraseMatch match)
    {
        var weaker = Array.Find(match.Tokens, k => tokens[k].Lower == "weaker");
        if (weaker == 0 && tokens[0].Lower != "weaker")
        {
            return false;
        }

        for (var k = weaker - 1; k >= 0 && k >= weaker - 4 && tokens[k].Clause == tokens[weaker].Clause; k--)
        {
            if (StartsWithAny(tokens[k].Lower, WeakeningParts))
            {
                return true;
            }
        }

        return false;
    }
}
