namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain's return announced rather than told as a story (<c>episode.recurrent</c>), in words too common to be lexicon
/// phrases:
/// <list type="bullet">
/// <item>"it's back" / "the pain is back": the pain (or "it") said to be back, with no noun after "back" ("it's back pain",
/// "back to normal" are not it), when the return is dated ("for the last three weeks the hip pain is back"), told as worse
/// ("now it's back and way worse than last time") or is the whole sentence ("And it's back.", "Well it's baaack."). A bare
/// "then it's back" after a treatment or a good spell is as often the same episode resuming ("stretching helps for a bit
/// but it's back a few days later"), so it is left, as <see cref="PainCameBack"/> leaves a bare "it came back";</item>
/// <item>"here we go again" or "here it is again" opening the story: the story is announced as one more of the same. Later
/// in a story the sigh may be about anything else told there.</item>
/// </list>
/// </summary>
internal static class ReturnAnnounced
{
    /// <summary>Words that may open a whole-sentence "it's back" ("And it's back.", "Well it's back again!").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "and", "well", "so", "now", "yep", "yup", "oh" };

    /// <summary>Words that may stand after "back" when it is no noun's modifier ("it's back and worse", "it's back again").</summary>
    private static readonly HashSet<string> After = new(StringComparer.Ordinal) { "and", "again", "now", "with", "worse", "today" };

    /// <summary>Words before "it's" / "its" that leave it the subject ("now it's back"), not a possessive ("hurt its back").</summary>
    private static readonly HashSet<string> BeforeSubject = new(StringComparer.Ordinal)
    {
        "and", "now", "then", "well", "so", "today", "later", "ago", "yep", "yup", "oh", "week", "month", "year",
    };

    /// <summary>The last token of an announced return starting at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i) => IsBack(tokens, i) ?? HereAgain(tokens, i);

    /// <summary>"it's back" / "the pain is back" at i (the subject), dated, worse or alone in its sentence: its "back", or null.</summary>
    private static int? IsBack(List<TextToken> tokens, int i)
    {
        int back;
        if (tokens[i].Lower is "it's" or "its" && i + 1 < tokens.Count && tokens[i + 1].Lower == "back")
        {
            var opens = i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence || tokens[i].AfterComma || BeforeSubject.Contains(tokens[i - 1].Lower);
            if (!opens)
            {
                return null;
            }

            back = i + 1;
        }
        else if (tokens[i].Lower is "pain" or "sciatica" or "ache" && i + 2 < tokens.Count && tokens[i + 1].Lower == "is" && tokens[i + 2].Lower == "back")
        {
            back = i + 2;
        }
        else
        {
            return null;
        }

        if (tokens[back].Clause != tokens[i].Clause)
        {
            return null;
        }

        var next = back + 1 < tokens.Count && tokens[back + 1].Sentence == tokens[back].Sentence ? tokens[back + 1] : (TextToken?)null;
        if (next is { } n && !n.AfterComma && n.Clause == tokens[back].Clause && !After.Contains(n.Lower))
        {
            return null; // "it's back pain", "it's back to normal", "the pain is back there"
        }

        return PainCameBack.Dated(tokens, i) || PainCameBack.Worse(tokens, back) || AloneInSentence(tokens, i, back) ? back : null;
    }

    /// <summary>Whether "it's back" (at i..back) is its whole sentence, after at most an opener and before at most "again".</summary>
    private static bool AloneInSentence(List<TextToken> tokens, int i, int back)
    {
        var sentence = tokens[i].Sentence;
        var first = i;
        if (first > 0 && tokens[first - 1].Sentence == sentence && Openers.Contains(tokens[first - 1].Lower))
        {
            first--;
        }

        var last = back;
        if (last + 1 < tokens.Count && tokens[last + 1].Sentence == sentence && tokens[last + 1].Lower == "again")
        {
            last++;
        }

        return (first == 0 || tokens[first - 1].Sentence != sentence) && (last + 1 == tokens.Count || tokens[last + 1].Sentence != sentence);
    }

    /// <summary>"here we go again" / "here it is again" as the story's first words: its "again", or null.</summary>
    private static int? HereAgain(List<TextToken> tokens, int i)
    {
        if (i != 0 || tokens.Count < 4 || tokens[0].Lower != "here" || tokens[3].Lower != "again" || tokens[3].Sentence != 0)
        {
            return null;
        }

        return (tokens[1].Lower, tokens[2].Lower) is ("we", "go") or ("it", "is") ? 3 : null;
    }
}
