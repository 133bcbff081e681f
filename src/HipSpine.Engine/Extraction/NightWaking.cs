using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Two lay ways of saying the pain disturbs the night that the lexicon's fixed phrases miss:
/// <list type="bullet">
/// <item>waking with the pain, with words between: "I keep waking up around 4am with it", "at 1am I woke up with agony".
/// Not a waking that dates the start ("I woke up this morning with a sharp pain", "woke up 2 days ago with it": the
/// onset, told of one morning);</item>
/// <item>sleeping said first and then called hard: "sleeping has got really hard", "sleeping is impossible", as walking
/// is (<see cref="GettingAround"/>).</item>
/// </list>
/// </summary>
internal static class NightWaking
{
    private const string Code = "pain.night";

    private static readonly HashSet<string> WakeWords = new(StringComparer.Ordinal) { "wake", "wakes", "waking", "woke", "woken" };

    /// <summary>Words that make the waking one dated morning, the start of the complaint.</summary>
    private static readonly HashSet<string> OneMorning = new(StringComparer.Ordinal)
    {
        "morning", "ago", "yesterday", "today", "day", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, (t, i) => WakingWithIt(t, i) ?? GettingAround.ActivityCalledHard(t, i, "sleeping"), tokens, context, vocabulary, mentions);

    /// <summary>The last token of "wake (up) ... with it / the pain" starting at i, or null.</summary>
    private static int? WakingWithIt(List<TextToken> tokens, int i)
    {
        if (!WakeWords.Contains(tokens[i].Lower))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 6 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            var word = tokens[k].Lower;
            if (OneMorning.Contains(word))
            {
                return null;
            }

            if (word == "with")
            {
                var next = k + 1 < tokens.Count && tokens[k + 1].Clause == tokens[i].Clause ? tokens[k + 1].Lower : "";
                return next is "it" or "pain" or "agony" or "the" || MentionRules.IsSymptomWord(next) ? k + 1 : null;
            }
        }

        return null;
    }
}
