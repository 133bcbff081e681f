namespace HipSpine.Engine.Extraction;

/// <summary>
/// The side of the trunk as the side of the pain (round 72): "pain on the right side of my back", "a stabbing pain in my left
/// side", "my back hurts, mostly on the right". The story format's rules from batch 72 on annotate the painful side whenever
/// the story gives it, and the recent writers give the back's or the flank's side as <c>pain.side</c>; so a side of the trunk
/// is read when no side of the hip, buttock, groin or leg was (that one is the side <c>pain.side</c> means first). Not a side
/// lain or slept on, fallen or hit on, someone else's side, or "side effects": those are no side of the pain. Nor the side of
/// the chest, the shoulder or the belly alone ("pain on the right side of my chest", "low down on the left side of my tummy"):
/// that pain is above or in front of the back, not the back's or the flank's side; nor a side that is numb or denied ("my left
/// side isn't painful", "my right side has gone numb").
/// </summary>
internal static class TrunkSide
{
    /// <summary>Verbs before the side that make it a position or the place of a blow ("lie on my left side", "landed on my right side").</summary>
    private static readonly string[] PositionOrBlowPrefixes =
    [
        "lie", "lying", "lay", "laid", "sleep", "slept", "roll", "turn", "fell", "fall", "land", "hit", "kick", "struck", "bump",
        "knock", "sit", "sat", "curl", "propp", "position", "move", "shift", "lean", "bend", "bent", "twist",
    ];

    /// <summary>Whether the trunk's side at <paramref name="i"/> ("right"/"left") is told as the side of a pain.</summary>
    public static bool IsTheSideOfThePain(List<TextToken> tokens, int i)
    {
        var clause = tokens[i].Clause;
        if (i > 0 && tokens[i - 1].Lower is "his" or "her" or "their" or "your" or "its")
        {
            return false; // someone else's side
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
        {
            if (tokens[k].Lower.StartsWith("effect", StringComparison.Ordinal))
            {
                return false; // "side effects"
            }
        }

        for (var k = i - 1; k >= 0 && k >= i - 5 && tokens[k].Clause == clause; k--)
        {
            if (Array.Exists(PositionOrBlowPrefixes, p => tokens[k].Lower.StartsWith(p, StringComparison.Ordinal)))
            {
                return false; // "sleep on my left side", "fell on my right side"
            }
        }

        // Only just after the side: a denial or a numbness further on is of something else ("... hurting, no warning at all").
        for (var k = i + 1; k < tokens.Count && k <= i + 6 && tokens[k].Clause == clause; k++)
        {
            var t = tokens[k].Lower;
            if (t is "and" or "but" or "so")
            {
                break; // "hurting on the left side and I didn't do anything": the denial is of another statement
            }

            if (t is "not" or "never" or "isnt" or "doesnt" or "wasnt" || t.EndsWith("n't", StringComparison.Ordinal)
                || t.StartsWith("numb", StringComparison.Ordinal) || t.StartsWith("tingl", StringComparison.Ordinal))
            {
                return false; // "my left side isn't painful", "my right side has started going numb"
            }
        }

        // The sentence must tell of a pain, so that the side is where it hurts, and name no place above the back or only the belly.
        var sentence = tokens[i].Sentence;
        var inSentence = tokens.FindAll(t => t.Sentence == sentence);
        return inSentence.Exists(t => MentionRules.IsPainWord(t.Lower) || SymptomKinds.SaysItHurts(t.Lower))
            && !inSentence.Exists(t => UpperBodyWords.Contains(t.Lower))
            && !(inSentence.Exists(t => BellyWords.Contains(t.Lower)) && !NamesTheBackOrFlank(tokens, sentence));
    }

    /// <summary>"my lower back", "the flank": "back" only after a word that makes it the body's ("got back into bed" is not).</summary>
    private static bool NamesTheBackOrFlank(List<TextToken> tokens, int sentence)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence || !BackWords.Contains(tokens[k].Lower))
            {
                continue;
            }

            if (tokens[k].Lower != "back" || k > 0 && tokens[k - 1].Lower is "my" or "the" or "lower" or "low" or "mid" or "upper" or "her" or "his")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Places above the back: a side in their sentence is the chest's, the shoulder's or the arm's.</summary>
    private static readonly HashSet<string> UpperBodyWords = new(StringComparer.Ordinal)
    {
        "chest", "shoulder", "shoulders", "arm", "arms", "neck",
    };

    /// <summary>The belly: a side in a sentence that names it and not the back is the belly's side.</summary>
    private static readonly HashSet<string> BellyWords = new(StringComparer.Ordinal)
    {
        "belly", "tummy", "stomach", "abdomen", "abdominal", "gut",
    };

    /// <summary>The back and the flank: named with the belly, the side may be theirs ("my right side, my lower back and lower belly").</summary>
    private static readonly HashSet<string> BackWords = new(StringComparer.Ordinal)
    {
        "back", "flank", "loin", "loins", "kidney", "spine", "lumbar", "backache",
    };
}
