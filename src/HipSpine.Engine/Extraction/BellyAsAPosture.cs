namespace HipSpine.Engine.Extraction;

/// <summary>
/// The belly named as the side of the body a person lies or moves on, as where a knee is pulled to, or in an idiom, not as
/// where it hurts (round 68): "lying on my stomach gives me pain in my hips", "I turned over onto my tummy", "pulling myself
/// along on my tummy", "pulling my knee up to my tummy", "felt sick to my stomach", "something to protect my stomach". A pain
/// "in my stomach" or going "round into my tummy" is still the belly; every pooled belly told so (6) is blank.
/// </summary>
internal static class BellyAsAPosture
{
    /// <summary>Whether the belly word of a site match tells a posture, a limb's goal or an idiom.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        // The belly word opens the match; "stomach ... ache" may be matched across a few words ("lying on my stomach makes the
        // ache worse"), so the match may be longer.
        var k = match.FirstToken;
        if (tokens[k].Lower is not ("tummy" or "stomach" or "belly"))
        {
            return false;
        }

        // The word before the belly, skipping a possessive: "on my", "onto the", "to his".
        var j = k - 1;
        while (j >= 0 && tokens[j].Clause == tokens[k].Clause && tokens[j].Lower is "my" or "the" or "his" or "her" or "your" or "their")
        {
            j--;
        }

        if (j < 0 || tokens[j].Clause != tokens[k].Clause)
        {
            return false;
        }

        var before = tokens[j].Lower;

        // "lying on my stomach", "onto my tummy": the front of the body lain or moved on. A pain is felt "in" the belly.
        if (before is "on" or "onto")
        {
            return true;
        }

        // "something to protect my stomach": a medicine that guards the stomach, no pain there.
        if (before is "protect" or "protects" or "protecting")
        {
            return true;
        }

        if (before != "to" || j < 1 || tokens[j - 1].Clause != tokens[k].Clause)
        {
            return false;
        }

        // "felt sick to my stomach": the idiom of nausea.
        if (tokens[j - 1].Lower == "sick")
        {
            return true;
        }

        // "pulling my knee up to my tummy": the knee brought to the belly (as KneePosture's knee to the chest), not a pain
        // going "from my back to my stomach".
        if (tokens[j - 1].Lower == "up")
        {
            for (var m = j - 2; m >= 0 && m >= j - 5 && tokens[m].Clause == tokens[k].Clause; m--)
            {
                if (tokens[m].Lower is "knee" or "knees" or "leg" or "legs")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
