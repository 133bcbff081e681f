namespace HipSpine.Engine.Extraction;

/// <summary>
/// "I couldnt walk without strong pain", "I can't sit, stand, walk or lie down without it hurting", "I can't sit or walk without
/// it": a walk that cannot be had without the pain is pain made worse by walking (<c>pain.worse_walking</c>, round 58). Six spent
/// stories told it and were annotated so, none read: "can't ... without" is a double negative (<see cref="WalkingWithout"/>), and
/// no lexicon phrase holds the inability, the walk and the pain apart. So walking after an inability in its clause, with only
/// other activities and small words between, and "without" a few words later followed by pain, a hurt or "it" left bare. Not
/// a distance ("can't walk more than 100 metres without pain" is how far: left blank where it was told), not an aid ("without a
/// walker", difficulty walking) and not someone else's or a worry (<see cref="WordPatternFinding"/>).
/// </summary>
internal static class WalkingWithoutPain
{
    private static readonly HashSet<string> Inability = new(StringComparer.Ordinal)
    {
        "can't", "cant", "cannot", "couldn't", "couldnt", "unable",
    };

    /// <summary>Words between the inability and the walk: other activities of the list and small words ("can't sit, stand or walk").</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "sit", "stand", "lie", "bend", "sleep", "drive", "move", "down", "up", "or", "and", "nor", "even", "really", "to", "properly",
    };

    /// <summary>Words between "without" and the pain ("without a great deal of pain", "without strong pain").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "a", "an", "any", "some", "the", "great", "deal", "of", "strong", "severe", "deep", "sharp", "shooting", "real", "lot", "bad",
    };

    private static readonly HashSet<string> PainWords = new(StringComparer.Ordinal)
    {
        "pain", "pains", "hurting", "agony", "aching", "ache",
    };

    /// <summary>The last token of "(can't ...) walk ... without pain" when the walk is at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("walk" or "walking") || !InabilityBefore(tokens, i))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 8 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            if (tokens[k].Lower == "than")
            {
                return null; // "more than 100 metres without pain": how far
            }

            if (tokens[k].Lower == "without")
            {
                return PainAfter(tokens, k);
            }
        }

        return null;
    }

    private static bool InabilityBefore(List<TextToken> tokens, int walk)
    {
        for (var k = walk - 1; k >= 0 && k >= walk - 8 && tokens[k].Clause == tokens[walk].Clause; k--)
        {
            if (Inability.Contains(tokens[k].Lower))
            {
                return true;
            }

            if (!ListWords.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The pain's token after "without" at k: a pain word after fillers, or "it" left bare or hurting ("without it being really bad").</summary>
    private static int? PainAfter(List<TextToken> tokens, int k)
    {
        var j = k + 1;
        while (j < tokens.Count && j <= k + 5 && Fillers.Contains(tokens[j].Lower) && tokens[j].Segment == tokens[k].Segment)
        {
            j++;
        }

        if (j >= tokens.Count || tokens[j].Segment != tokens[k].Segment)
        {
            return null;
        }

        if (PainWords.Contains(tokens[j].Lower))
        {
            return j;
        }

        if (tokens[j].Lower != "it" || j != k + 1)
        {
            return null;
        }

        var next = j + 1 < tokens.Count && tokens[j + 1].Segment == tokens[j].Segment ? tokens[j + 1].Lower : "";
        return next is "" or "and" or "hurting" or "being" or "getting" ? (next is "hurting" or "being" ? j + 1 : j) : null;
    }
}
