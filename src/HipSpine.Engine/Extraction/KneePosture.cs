namespace HipSpine.Engine.Extraction;

/// <summary>
/// The knees named as where the body rests or as a limb that is moved, not where it hurts: "dropped to my knees", "on my
/// hands and knees", "a pillow between my knees", "hands on my knees", "pulling my knee to my chest", "my ankle onto the
/// other knee", and (round 67) "another spasm dropped me to my knees", "I lifted with my knees", "cross it over my knee", "lie
/// down with my knees up". People use the knees to tell a posture; a pain going "down to my knee" is still the knee.
/// </summary>
internal static class KneePosture
{
    /// <summary>Verbs of falling that end "to my knees" (a collapse, not a pain reaching the knee).</summary>
    private static readonly HashSet<string> FallVerbs = new(StringComparer.Ordinal)
    {
        "fell", "fall", "falling", "dropped", "drop", "dropping", "sank", "sink", "sinking", "collapsed", "collapse", "crumpled",
    };

    /// <summary>Whether the knee word of a site match tells a posture or a limb moved.</summary>
    public static bool KneeIsAPosture(List<TextToken> tokens, PhraseMatch match)
    {
        if (match.Tokens.Length != 1)
        {
            return false;
        }

        var k = match.FirstToken;
        var word = tokens[k].Lower;
        if (word is not ("knee" or "knees"))
        {
            return false;
        }

        // The words before the knee, skipping "my", "the", "both", "other", "hands and".
        var j = k - 1;
        while (j >= 0 && tokens[j].Clause == tokens[k].Clause && tokens[j].Lower is "my" or "the" or "both" or "other" or "his" or "her" or "your" or "and" or "hands")
        {
            j--;
        }

        var before = j >= 0 && tokens[j].Clause == tokens[k].Clause ? tokens[j].Lower : "";
        var handsAnd = k >= 2 && tokens[k - 1].Lower == "and" && tokens[k - 2].Lower == "hands";

        // "on my knees", "on my hands and knees", "between my knees", "onto the other knee".
        if (handsAnd || before is "between" or "onto" || (before == "on" && word == "knees"))
        {
            return true;
        }

        // "fell to my knees", "dropped to my knees": a fall verb right before "to".
        if (before == "to" && j >= 1 && tokens[j - 1].Clause == tokens[k].Clause && FallVerbs.Contains(tokens[j - 1].Lower))
        {
            return true;
        }

        // Round 67: "dropped me to my knees", "brought me to my knees": the collapse told with its object.
        if (before == "to" && j >= 2 && tokens[j - 1].Lower is "me" or "him" or "her" && tokens[j - 2].Clause == tokens[k].Clause
            && (FallVerbs.Contains(tokens[j - 2].Lower) || tokens[j - 2].Lower is "brought" or "bring" or "brings"))
        {
            return true;
        }

        // Round 67: "I lifted with my knees" (how a load is lifted); "cross it over my knee" (a leg crossed over the other).
        if ((before == "with" && j >= 1 && tokens[j - 1].Lower.StartsWith("lift", StringComparison.Ordinal))
            || (before == "over" && ClauseHasCrossing(tokens, k)))
        {
            return true;
        }

        // Round 67: "lie down with my knees up", "lifting my knee up when I'm sitting": the knee raised, not "from the knee up my thigh".
        if (k + 1 < tokens.Count && tokens[k + 1].Lower == "up" && tokens[k + 1].Clause == tokens[k].Clause && before != "from")
        {
            return true;
        }

        // "pulling my knee to my chest", "lifting my knee up towards my chest": the knee moved toward the chest.
        for (var m = k + 1; m < tokens.Count && m <= k + 5 && tokens[m].Clause == tokens[k].Clause; m++)
        {
            if (tokens[m].Lower is "chest" or "chin" or "tummy" or "stomach")
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClauseHasCrossing(List<TextToken> tokens, int k)
    {
        for (var m = k - 1; m >= 0 && tokens[m].Clause == tokens[k].Clause; m--)
        {
            if (tokens[m].Lower is "cross" or "crossing" or "crossed" or "crosses")
            {
                return true;
            }
        }

        return false;
    }
}
