namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain told to be "still there" after care named in the same sentence is care that has not helped
/// (<c>episode.not_improving_with_care</c>, round 62): "I did physio for a month and it's still there", "the GP gave me
/// painkillers and it's still not gone", "been to three clinics and it's still not sorted", "they sent me home, still hurting".
/// Over the spent stories the writers annotate care not helping in every story where such words follow care in one sentence and
/// no relief is told there (11, none read before); the lexicon cannot hold it, since "it's still there" without care ("Four months on and its still
/// there", "it's still there and not going away") is the course and is left blank. So "still" then "there", "hurting", "no good",
/// or "not" and "gone", "sorted", "right" or "fixed", with a word of care (<see cref="ModifierRules.NamesCare"/>) before it in its
/// sentence, and no word of relief there ("Took some tylenol and it eased a bit, but it's still there" is care that helped in part;
/// "That cut it in half but it's still there"). "Still sore" and "still hurts" are left alone: after care they are as often told
/// of a pain that eased ("still sore but bearable").
/// </summary>
internal static class StillThereAfterCare
{
    /// <summary>Words of relief in the sentence: the care helped, at least in part.</summary>
    private static readonly HashSet<string> Relief = new(StringComparer.Ordinal)
    {
        "eased", "eases", "easing", "better", "helped", "helps", "cut", "lessening", "improved", "settled", "calmed", "relief", "less",
    };

    /// <summary>The last token of "still there", "still not gone", "still no good" or "still hurting" at i after care in its sentence, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        // "it's not still there" denies it; "years ago ... it was still there" is an earlier episode's care
        if (tokens[i].Lower != "still" || (i > 0 && tokens[i - 1].Lower is "not" or "isn't" or "isnt" or "never") || ModifierRules.SentenceSaysYearsAgo(tokens, i))
        {
            return null;
        }

        string At(int k) => k < tokens.Count && tokens[k].Clause == tokens[i].Clause ? tokens[k].Lower : "";
        int? end = (At(i + 1), At(i + 2)) switch
        {
            ("there" or "hurting", _) => i + 1,
            ("no", "good") => i + 2,
            ("not", "gone" or "sorted" or "right" or "fixed") => i + 2,
            _ => null,
        };

        if (end is null)
        {
            return null;
        }

        var sentence = tokens[i].Sentence;
        var care = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            if (Relief.Contains(tokens[k].Lower))
            {
                return null;
            }

            // "my husband had physio and it's still there": the care, and what is still there, are another person's. Not "they",
            // "he" or "she", who in such a sentence are most often who gave the care ("they sent me home, still hurting").
            if (k < i && tokens[k].Lower is not ("they" or "he" or "she")
                && ContextTriggers.NamesAnotherPerson(tokens[k].Lower))
            {
                return null;
            }

            care |= k < i && ModifierRules.NamesCare(tokens[k].Lower);
        }

        return care ? end : null;
    }
}
