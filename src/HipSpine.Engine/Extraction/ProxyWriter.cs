namespace HipSpine.Engine.Extraction;

/// <summary>
/// A story typed for someone else ("Writing for my mum, she's 62", "Typing for my husband", "on behalf of my grandad",
/// "My mother asked me to type this"): the person it is about is the patient, so "she", "he", "they" and the relation
/// named there are the patient, not someone else (ConText's experiencer is relative to the subject of the record).
/// Only the first two sentences are read for it, where such a story says so; "my nephew is typing for me" is not one. A
/// story that opens on a relation and their age ("My nan (85) tripped over the rug") is one too.
/// </summary>
internal static class ProxyWriter
{
    private static readonly HashSet<string> WritingVerbs = new(StringComparer.Ordinal)
    {
        "typing", "type", "writing", "write", "asking", "ask", "posting", "post", "messaging", "enquiring", "here",
    };

    private static readonly HashSet<string> Relations = ContextTriggers.FirstDegreeRelative.Concat(ContextTriggers.OtherPerson)
        .Where(w => !w.Contains(' ', StringComparison.Ordinal) && w is not ("he" or "she" or "they" or "someone" or "somebody" or "people" or "family"))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The words that name the patient in a story typed for someone else, or an empty set.</summary>
    public static HashSet<string> PatientWords(List<TextToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count && tokens[i].Sentence <= 1; i++)
        {
            if (tokens[i + 1].Lower != "my" || !Relations.Contains(tokens[i + 2].Lower) || tokens[i + 2].Sentence != tokens[i].Sentence)
            {
                continue;
            }

            var behalf = tokens[i].Lower == "of" && i > 0 && tokens[i - 1].Lower == "behalf";
            var forThem = tokens[i].Lower == "for" && Enumerable.Range(0, i).Any(k => tokens[k].Sentence == tokens[i].Sentence && WritingVerbs.Contains(tokens[k].Lower));
            if (behalf || forThem || AskedMe(tokens, i + 2))
            {
                return new HashSet<string>(StringComparer.Ordinal) { tokens[i + 2].Lower, "he", "she", "they" };
            }
        }

        if (tokens.Count > 1 && tokens[0].Lower == "my" && Relations.Contains(tokens[1].Lower) && AskedMe(tokens, 1))
        {
            return new HashSet<string>(StringComparer.Ordinal) { tokens[1].Lower, "he", "she", "they" };
        }

        return IntroducedWithAnAge(tokens) is { } relation ? new HashSet<string>(StringComparer.Ordinal) { relation, "he", "she", "they" } : [];
    }

    /// <summary>Words that may stand between a relation and the age it is introduced with ("my husband is 69", "my dad who is 71").</summary>
    private static readonly HashSet<string> AgeLinks = new(StringComparer.Ordinal) { "is", "aged", "age", "who", "who's", "whos" };

    /// <summary>
    /// A story that opens on a relation and their age ("My mum (65) slipped on the stairs", "For my father, 78.", "my husband is
    /// 69 and an hour ago he got a pain") introduces the person it is about, as a form's name and age would: the patient's
    /// own story gives its own age, and a relative told of in passing comes later and without one. The relation must be
    /// among the first words of the first sentence, or of the second after a first that names a relation typing ("I'm his
    /// wife typing. My husband is 76 ..."), and not one typing "for me"; the relation named, or null.
    /// </summary>
    private static string? IntroducedWithAnAge(List<TextToken> tokens)
    {
        if (tokens.Count == 0 || TypingForMe(tokens))
        {
            return null;
        }

        // "I'm his wife typing", "wife typing.": a first sentence that names a relation and the typing.
        var second = tokens.FindIndex(t => t.Sentence == 1);
        var typed = second > 0 && tokens.Take(second).Any(t => WritingVerbs.Contains(t.Lower) && t.Lower != "here")
            && tokens.Take(second).Any(t => Relations.Contains(t.Lower));
        return RelationWithAnAge(tokens, 0) ?? (typed ? RelationWithAnAge(tokens, second) : null);
    }

    /// <summary>The relation of "my (relation) (is) N" among the first four words from token first, in its sentence, or null.</summary>
    private static string? RelationWithAnAge(List<TextToken> tokens, int first)
    {
        var sentence = tokens[first].Sentence;
        for (var i = first; i + 2 < tokens.Count && i <= first + 3 && tokens[i].Sentence == sentence; i++)
        {
            if (tokens[i].Lower != "my" || !Relations.Contains(tokens[i + 1].Lower))
            {
                continue;
            }

            var k = i + 2;
            while (k < tokens.Count && k <= i + 4 && tokens[k].Sentence == sentence && AgeLinks.Contains(tokens[k].Lower))
            {
                k++;
            }

            return k < tokens.Count && tokens[k].Sentence == sentence && int.TryParse(tokens[k].Lower, out var age) && age is >= 1 and <= 110
                ? tokens[i + 1].Lower
                : null;
        }

        return null;
    }

    /// <summary>"My grandson (17) is typing this for me": the relation with an age is the one typing, not the patient.</summary>
    private static bool TypingForMe(List<TextToken> tokens)
    {
        for (var k = 0; k + 1 < tokens.Count && tokens[k + 1].Sentence == 0; k++)
        {
            if (tokens[k].Lower == "for" && tokens[k + 1].Lower == "me")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"My mother (73) asked me to type this": "asked me" or "wants me" later in the sentence of the relation at k.</summary>
    private static bool AskedMe(List<TextToken> tokens, int k)
    {
        for (var j = k + 1; j + 1 < tokens.Count && tokens[j].Sentence == tokens[k].Sentence; j++)
        {
            if (tokens[j].Lower is "asked" or "wants" or "wanted" && tokens[j + 1].Lower == "me")
            {
                return true;
            }
        }

        return false;
    }
}
