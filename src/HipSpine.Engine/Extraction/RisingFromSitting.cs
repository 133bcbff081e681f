namespace HipSpine.Engine.Extraction;

/// <summary>
/// Sitting told as what the person gets up from ("getting up from sitting hurts", "after sitting for a long time it takes me
/// ages to stand up", "after sitting at my desk, when I stand up the glute is sore") is rising (<c>pain.worse_stairs_or_rising</c>),
/// not pain worse while sitting (<c>pain.worse_sitting</c>): the spent stories that tell it annotate rising and not sitting. Checked
/// for the lexicon, the condition reader and the list reader. Read so only when "from" or "after" comes just before the sitting and
/// the words between its commas (or its whole sentence, when it opens with them) tell of rising ("stand up", "get up", "rise", "to
/// standing"); "sitting and getting up from a chair make it worse" and "my back aches after sitting for an hour" still are sitting.
/// </summary>
internal static class RisingFromSitting
{
    /// <summary>Whether a sitting match is the seat the person rises from.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var k = Array.Find(match.Tokens, j => tokens[j].Lower is "sitting" or "sit" or "sat");
        return k > 0 && At(tokens, k);
    }

    /// <summary>Whether the sitting word at <paramref name="i"/> follows "from" or "after" in a sentence that tells of rising.</summary>
    public static bool At(List<TextToken> tokens, int i)
    {
        var condition = -1;
        for (var j = i - 1; j >= 0 && j >= i - 4 && tokens[j].Clause == tokens[i].Clause; j--)
        {
            condition = tokens[j].Lower is "from" or "after" ? j : condition;
        }

        if (condition < 0)
        {
            return false;
        }

        // The rising between the same commas, or anywhere in a sentence that opens with it ("After sitting at my desk, when I
        // stand up ..."): "my hip hurts after I've been sitting an hour, and it kicks off when I get up" is sitting that hurts
        // and then rising, both.
        var opens = condition == 0 || tokens[condition - 1].Sentence != tokens[condition].Sentence;
        for (var j = 0; j + 1 < tokens.Count; j++)
        {
            if (opens ? tokens[j].Sentence != tokens[i].Sentence : tokens[j].Segment != tokens[i].Segment)
            {
                continue;
            }

            var (word, next) = (tokens[j].Lower, tokens[j + 1].Lower);
            if (word is "rise" or "rising" || (word == "to" && next == "standing")
                || (word is "stand" or "standing" or "stood" or "stands" or "get" or "getting" or "got" or "gets" && next == "up"))
            {
                return true;
            }
        }

        return false;
    }
}
