namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain told to have turned into a worse pain or to have become severe is the course getting worse (<c>episode.worsening</c>,
/// round 62). Over the spent stories every one that tells "it's turned into proper pain", "bit by bit it turned into a sharp
/// pain", "it's suddenly turned into really severe hip pain" annotates the worsening but two (held-back 40 TP_024, told as a flare's
/// return, and 57 UH_020); "it turns into a throbbing ache when I lie down" (present: what the pain does, TZ_003), "terrified of it
/// turning into cauda equina" (a fear) and "it turned into a urine infection" (no symptom) are blank. And every one that tells the
/// pain "has become unbearable", "gradually become severe", "became extremely painful" annotates it; the lexicon has neither,
/// since "turned" is also a turn of the body ("turned over in bed") and "became painful" alone tells how a pain began. So:
/// <list type="bullet">
/// <item>not in a sentence dated years ago (an earlier episode's course: "ten years ago it turned into sciatica");</item>
/// <item>"turned into" (not "turns" or "turning", nor after a person: "I turned into the drive") and, within eight words of its
/// clause and before any "and", a word of pain, numbness or sciatica;</item>
/// <item>a change verb ("become", "became", "grown", "grew") not right after "suddenly" nor after an activity ("walking has
/// become so painful", held-back 56 UG_030, blank), degree words, and "unbearable",
/// "excruciating", "agonising", "intolerable", "severe", or "painful" after a degree word ("extremely painful").</item>
/// </list>
/// </summary>
internal static class PainTurnedSevere
{
    private static readonly HashSet<string> BecomeVerbs = new(StringComparer.Ordinal) { "become", "became", "grown", "grew" };

    private static readonly HashSet<string> Severe = new(StringComparer.Ordinal)
    {
        "unbearable", "excruciating", "agonising", "agonizing", "intolerable", "severe",
    };

    private static readonly HashSet<string> Degree = new(StringComparer.Ordinal)
    {
        "so", "really", "very", "extremely", "almost", "nearly", "just", "quite", "pretty", "unbearably", "incredibly", "absolutely",
    };

    /// <summary>People who turn into a place ("I turned into the drive").</summary>
    private static readonly HashSet<string> People = new(StringComparer.Ordinal) { "i", "we", "he", "she", "they", "you" };

    /// <summary>Beginnings of words that tell a symptom a pain can turn into ("numbness", "sciatica", "a stabbing", "throbbing").</summary>
    private static readonly string[] SymptomPrefixes = ["numb", "sciatic", "stab", "throb", "tingl", "cramp", "spasm"];

    /// <summary>The last token of "turned into ... pain" or "become ... unbearable" at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i) => ModifierRules.SentenceSaysYearsAgo(tokens, i) ? null : TurnedInto(tokens, i) ?? BecameSevere(tokens, i);

    private static int? TurnedInto(List<TextToken> tokens, int i)
    {
        // "I turned into the drive and felt a pain": a person who turns is moving, and "and" starts what came next
        if (tokens[i].Lower != "turned" || i + 1 >= tokens.Count || tokens[i + 1].Lower != "into" || (i > 0 && People.Contains(tokens[i - 1].Lower)))
        {
            return null;
        }

        for (var k = i + 2; k < tokens.Count && k <= i + 9 && tokens[k].Clause == tokens[i].Clause && tokens[k].Lower != "and"; k++)
        {
            var w = tokens[k].Lower;
            if (MentionRules.IsPainWord(w) || SymptomPrefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal)))
            {
                return k;
            }
        }

        return null;
    }

    private static int? BecameSevere(List<TextToken> tokens, int i)
    {
        // "It suddenly became unbearable" tells how this episode began, not a change in it (as round 10's "got bad").
        if (!BecomeVerbs.Contains(tokens[i].Lower) || (i > 0 && tokens[i - 1].Lower is "suddenly" or "instantly" or "immediately"))
        {
            return null;
        }

        // "walking has become so painful": an activity grown hard is the activity's (its own finding), not the course (UG_030, blank)
        for (var j = i - 1; j >= 0 && j >= i - 3 && tokens[j].Segment == tokens[i].Segment; j--)
        {
            if (tokens[j].Lower.EndsWith("ing", StringComparison.Ordinal) && !MentionRules.IsPainWord(tokens[j].Lower))
            {
                return null;
            }
        }

        var k = i + 1;
        while (k < tokens.Count && k <= i + 3 && Degree.Contains(tokens[k].Lower) && tokens[k].Segment == tokens[i].Segment)
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Segment != tokens[i].Segment)
        {
            return null;
        }

        // "painful" alone ("my hip became painful in March") is a beginning; with a degree word it is a pain grown severe.
        return Severe.Contains(tokens[k].Lower) || (tokens[k].Lower == "painful" && k > i + 1) ? k : null;
    }
}
