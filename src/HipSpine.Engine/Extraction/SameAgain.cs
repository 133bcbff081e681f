using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Two more lay ways of telling this pain as one more of an earlier one (<c>episode.recurrent</c>), whose words are all too
/// common to be lexicon phrases:
/// <list type="bullet">
/// <item>"the same thing again", "the same pain again", "the exact same spot again": "again" right after the same thing
/// named says it was had before and is had once more;</item>
/// <item>"it's happening again", "it's happening all over again", "that kept happening again and again": the progressive
/// with its subject and "be" (or "kept", "keeps") tells a return now or a habit; "the chances of it happening again" (no
/// "be") is a future, and "it happened again last night" may be one episode's attacks, so neither is read.</item>
/// </list>
/// The complaint named alone with "again" ("Left hip again.") is read here too (<see cref="ComplaintAgain"/>).
/// "Again" presupposes the earlier time even when it is asked or guessed ("is it the same thing again??", "I think it's
/// happening again"), so a question or a guess does not stop these readings; a denial or another person's pain does.
/// </summary>
internal static class SameAgain
{
    private const string Code = "episode.recurrent";

    /// <summary>What may be the same: the complaint, its pain or its place.</summary>
    private static readonly HashSet<string> Things = new(StringComparer.Ordinal)
    {
        "thing", "pain", "spot", "problem", "trouble", "ache",
    };

    /// <summary>The subject with "be" or a verb of habit right before "happening".</summary>
    private static readonly HashSet<string> Progressive = new(StringComparer.Ordinal)
    {
        "it's", "its", "is", "that's", "thats", "kept", "keeps", "keep",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, (t, i) => SameThingAgain(t, i) ?? HappeningAgain(t, i) ?? ComplaintAgain.Read(t, i), tokens, context, vocabulary, mentions, evenWhenAsked: true);

    /// <summary>"same thing again" at i ("same"): its "again", or null.</summary>
    internal static int? SameThingAgain(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower != "same" || i + 2 >= tokens.Count || !Things.Contains(tokens[i + 1].Lower) || tokens[i + 2].Lower != "again")
        {
            return null;
        }

        return tokens[i + 2].Clause == tokens[i].Clause && !tokens[i + 2].AfterComma ? i + 2 : null;
    }

    /// <summary>"it's happening (all over) again" at i ("happening"): its "again", or null.</summary>
    internal static int? HappeningAgain(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower != "happening" || i == 0 || !Progressive.Contains(tokens[i - 1].Lower) || tokens[i - 1].Clause != tokens[i].Clause)
        {
            return null;
        }

        var k = i + 1;
        if (k + 1 < tokens.Count && tokens[k].Lower == "all" && tokens[k + 1].Lower == "over")
        {
            k += 2;
        }

        return k < tokens.Count && tokens[k].Lower == "again" && tokens[k].Clause == tokens[i].Clause ? k : null;
    }
}
