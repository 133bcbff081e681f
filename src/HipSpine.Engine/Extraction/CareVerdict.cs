namespace HipSpine.Engine.Extraction;

/// <summary>
/// Care that did not help told in two short shapes the lexicon cannot hold (round 56):
/// <list type="bullet">
/// <item>a bare verdict closing a sentence that names care: "Took 2 ibuprofen, nothing.", "sent me to his massage place, no
/// good", "did my physio exercises for weeks, no change at all", "Chiropractor tried adjusting me, no help". The verdict is
/// the last part of its sentence, after a comma or a dash, with only "also", "still", "again", "honestly" before it and "at
/// all", "whatsoever" or "really" after; "no fall, no knock, nothing" names no care, and "no change in my bladder" is no
/// verdict (something follows it);</item>
/// <item>care that made the pain worse: "Massage made it way worse the next day", "took me to a chiropractor and that made
/// everything worse", "an injection in the bum that made it worse", "all this stretching is making it worse". Only "made" or
/// "making": "exercise makes it worse" in the present is what aggravates the pain, not care tried.</item>
/// </list>
/// The care word is a treatment, a medicine or who gives it (<see cref="ModifierRules.NamesCare"/>), but not the verbs "tried"
/// or "gave" alone ("Tried a bath, a pillow, nothing": home comforts, which the writers leave blank) nor rest ("resting made it
/// worse" is how the pain behaves).
/// </summary>
internal static class CareVerdict
{
    private static readonly HashSet<string> LeadIns = new(StringComparer.Ordinal) { "also", "still", "again", "honestly", "just" };

    private static readonly HashSet<string> Tails = new(StringComparer.Ordinal) { "at", "all", "whatsoever", "really" };

    private static readonly HashSet<string> NotCareAlone = new(StringComparer.Ordinal) { "tried", "trying", "gave", "given" };

    /// <summary>The last token of a bare verdict starting at <paramref name="i"/> that closes a sentence naming care, or null.</summary>
    public static int? VerdictAfterCare(List<TextToken> tokens, int i)
    {
        if (!tokens[i].AfterComma)
        {
            return null;
        }

        var k = i;
        while (k < tokens.Count && tokens[k].Segment == tokens[i].Segment && LeadIns.Contains(tokens[k].Lower))
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Segment != tokens[i].Segment)
        {
            return null;
        }

        int end;
        if (tokens[k].Lower == "nothing")
        {
            end = k;
        }
        else if (tokens[k].Lower == "no" && k + 1 < tokens.Count && tokens[k + 1].Segment == tokens[i].Segment && tokens[k + 1].Lower is "change" or "good" or "help")
        {
            end = k + 1;
        }
        else
        {
            return null;
        }

        var last = end;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == tokens[i].Sentence && Tails.Contains(tokens[last + 1].Lower))
        {
            last++;
        }

        // The verdict closes its sentence, and what came before it in the sentence names care.
        var closes = last + 1 >= tokens.Count || tokens[last + 1].Sentence != tokens[i].Sentence;
        return closes && CareBefore(tokens, i, 40) ? end : null;
    }

    /// <summary>The token of "worse" when care named earlier in the clause "made" or is "making" the pain worse, starting at the verb <paramref name="i"/>, or null.</summary>
    public static int? CareMadeItWorse(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("made" or "making"))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            if (tokens[k].Lower == "worse")
            {
                return CareBefore(tokens, i, 12, sameClause: true) ? k : null;
            }
        }

        return null;
    }

    /// <summary>Nouns of an activity after "do much" ("I don't do much exercise", "didn't do much sport").</summary>
    private static readonly HashSet<string> ActivityNouns = new(StringComparer.Ordinal)
    {
        "exercise", "sport", "sports", "activity", "work", "housework", "gardening", "walking", "running", "training", "else",
    };

    /// <summary>
    /// Whether a "don't do much" phrase is the amount of an activity ("I don't do much exercise", "didn't do much walking"),
    /// not care that did little: an activity noun or a word in "-ing" right after "much" in its part ("they aren't doing much
    /// and I'm limping", "doesn't do much for it" stay care).
    /// </summary>
    public static bool MuchOfAnActivity(List<TextToken> tokens, PhraseMatch match)
    {
        var last = match.LastToken;
        if (tokens[last].Lower != "much" || last + 1 >= tokens.Count || tokens[last + 1].Segment != tokens[last].Segment)
        {
            return false;
        }

        var next = tokens[last + 1].Lower;
        return ActivityNouns.Contains(next) || (next.Length > 5 && next.EndsWith("ing", StringComparison.Ordinal));
    }

    private static bool CareBefore(List<TextToken> tokens, int at, int reach, bool sameClause = false)
    {
        for (var k = at - 1; k >= 0 && k >= at - reach && tokens[k].Sentence == tokens[at].Sentence && (!sameClause || tokens[k].Clause == tokens[at].Clause); k--)
        {
            var word = tokens[k].Lower;
            if (ModifierRules.NamesCare(word) && !NotCareAlone.Contains(word) && !word.StartsWith("rest", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
