namespace HipSpine.Engine.Extraction;

/// <summary>
/// A fall dated to the past is not the fall or minor injury shortly before this pain, which is what
/// <c>hx.fall_or_minor_injury</c> asks (round 59, after held-back 56's one polarity error: "She broke her right thigh bone in
/// 2009 after a fall from standing" read as a recent fall over the story's own "She hasn't had any fall"). Dated by its
/// sentence: a year before this one ("in 2009", "in 1996"), "back in" a year ("back in 93"), a childhood ("as a child", "when I
/// was young", "growing up"), or an old injury (a bone broken or fractured) with a date years back ("I broke my shin in a fall
/// 4 years ago"). Pooled, the writers leave such falls blank or denied; a fall told "N years ago" with no broken bone is most
/// often this pain's start ("Two years ago I fell onto my bottom and ever since ...") and is left as it was, and a sentence
/// that also dates a fall to the last days ("I fell two days ago") is not dated past. Since round 60 it dates serious trauma
/// (<c>hx.major_trauma</c>) too, which also asks about an injury that began this pain ("since I fell down the stairs in 1980").
/// </summary>
internal static class PastFall
{
    /// <summary>Words that end a childhood phrase after "when I was" ("when I was young", "when I was a kid").</summary>
    private static readonly HashSet<string> Young = new(StringComparer.Ordinal)
    {
        "young", "younger", "little", "small", "child", "kid", "teenager", "teen", "boy", "girl", "baby",
    };

    /// <summary>A bone broken: the old injury a fall is told with.</summary>
    private static readonly HashSet<string> Fractures = new(StringComparer.Ordinal)
    {
        "broke", "broken", "fractured", "fracture", "fractures", "shattered", "cracked",
    };

    /// <summary>Whether the sentence of the fall at <paramref name="at"/> dates it to the past.</summary>
    public static bool Dated(List<TextToken> tokens, int at, DateOnly today)
    {
        if (RecentFall.DatedRecently(tokens, at))
        {
            return false;
        }

        bool fracture = false, yearsBack = false;
        var sentence = tokens[at].Sentence;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            var w = tokens[k].Lower;
            if (NumberWords.IsPastCalendarYear(w, today) && SentenceWords.At(tokens, k - 1, sentence) is not ("since" or "from")
                || (w == "back" && SentenceWords.At(tokens, k + 1, sentence) == "in" && SentenceWords.At(tokens, k + 2, sentence) is { Length: > 0 } year && char.IsDigit(year[0]))
                || (w == "as" && SentenceWords.At(tokens, k + 1, sentence) is "a" && Young.Contains(SentenceWords.At(tokens, k + 2, sentence)))
                || (w == "when" && SentenceWords.At(tokens, k + 1, sentence) is "i" or "she" or "he" && SentenceWords.At(tokens, k + 2, sentence) == "was"
                    && (Young.Contains(SentenceWords.At(tokens, k + 3, sentence)) || (SentenceWords.At(tokens, k + 3, sentence) == "a" && Young.Contains(SentenceWords.At(tokens, k + 4, sentence)))))
                || (w == "growing" && SentenceWords.At(tokens, k + 1, sentence) == "up"))
            {
                return true;
            }

            fracture |= Fractures.Contains(w);
            yearsBack |= (w == "ago" && SentenceWords.At(tokens, k - 1, sentence) is "year" or "years" or "yrs" or "yr" or "decades")
                || (w == "year" && SentenceWords.At(tokens, k - 1, sentence) == "last");
        }

        return fracture && yearsBack;
    }
}
