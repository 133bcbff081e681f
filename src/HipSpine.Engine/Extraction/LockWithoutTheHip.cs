namespace HipSpine.Engine.Extraction;

/// <summary>
/// A lock is the hip's (<c>pain.clicking_locking_catching</c>, round 67) only when the hip or its joint is its subject: "my hip
/// locks up", "the hip LOCKS", "my hip feels like it's locked", "the pain when it locks" after "my hip locks". A knee, a leg, a
/// back or a whole body that locked ("my knee swelled up and locked", "my left leg went stiff and locked up", "my lower back
/// which locks up", "everything locks up", "I woke up completely locked", "a disc hernia that locked me up"), or a gate locked,
/// is a spasm, a knee or a door. Over the pool the writers annotate the finding in the five stories whose hip locks and leave it
/// blank in the nine where something else locked; eight of those are left out now, and "a pain round my hip so bad it locked my
/// whole leg" (held-back 34 TJ_018) names the hip first and is still read (<see cref="IdiomSenses"/> already left out a lone back). Only the bare "lock", "locks" and "locked": "locking" and the lexicon's longer phrases are left as they were.
/// </summary>
internal static class LockWithoutTheHip
{
    private static readonly HashSet<string> HipWords = new(StringComparer.Ordinal) { "hip", "hips", "joint", "socket" };

    /// <summary>True when the one-word lock match has no hip before it in its clause (nor, for "it locks", in its sentence).</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var k = match.FirstToken;
        if (match.Tokens.Length != 1 || tokens[k].Lower is not ("lock" or "locks" or "locked"))
        {
            return false;
        }

        // "when it locks" after "my hip locks": the pronoun stands for the hip named earlier in the sentence
        var pronoun = k > 0 && tokens[k - 1].Lower is "it" or "it's" or "its";
        for (var j = k - 1; j >= 0 && tokens[j].Sentence == tokens[k].Sentence; j--)
        {
            if (!pronoun && tokens[j].Clause != tokens[k].Clause)
            {
                break;
            }

            if (HipWords.Contains(tokens[j].Lower))
            {
                return false;
            }
        }

        return true;
    }
}
