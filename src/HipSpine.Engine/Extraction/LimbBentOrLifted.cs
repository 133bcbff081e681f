namespace HipSpine.Engine.Extraction;

/// <summary>
/// Bending or lifting a part of the body that is not the trunk ("when I bend my head down to look at my phone", "it hurts if I
/// lift my arms", "I can't bend my knee properly", "when I lift my thigh up", "when I bend my hip to put my socks on") moves
/// that part; <c>pain.worse_bending_lifting</c> asks about bending over and lifting loads (round 67). Over the pool every
/// reading of bending or lifting with a head, neck, arm, knee, leg, thigh, hip, foot or shoulder for its object (8, in 8 stories)
/// is blank; two stories lose the finding (held-back 14 SJ_018, 34 TJ_008), and "when I bend my head down" (23 SB_008) is still
/// read by the activity-condition reader (<see cref="ActivityConditions"/>), which this sense check does not reach. "When I bend over", "lifting heavy boxes" and
/// "bending down to put my socks on" are read as before.
/// </summary>
internal static class LimbBentOrLifted
{
    private static readonly HashSet<string> Limbs = new(StringComparer.Ordinal)
    {
        "head", "neck", "arm", "arms", "knee", "knees", "leg", "legs", "thigh", "thighs", "hip", "hips", "foot", "feet", "toes",
        "shoulder", "shoulders", "chin",
    };

    /// <summary>Words that may stand between the verb and the part ("my", "the bad", "both").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "my", "the", "a", "an", "one", "his", "her", "your", "both", "left", "right", "bad", "other",
    };

    /// <summary>True when a bend or lift word of the match has a part of the body other than the trunk for its object.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        foreach (var k in match.Tokens)
        {
            if (!IsBendOrLift(tokens[k].Lower))
            {
                continue;
            }

            var sentence = tokens[k].Sentence;
            var j = k + 1;
            while (j <= k + 3 && Determiners.Contains(SentenceWords.At(tokens, j, sentence)))
            {
                j++;
            }

            return Limbs.Contains(SentenceWords.At(tokens, j, sentence));
        }

        return false;
    }

    private static bool IsBendOrLift(string word) =>
        word is "bend" or "bends" or "bending" or "bent" or "lift" or "lifts" or "lifting" or "lifted";
}
