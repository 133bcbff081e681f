namespace HipSpine.Engine.Extraction;

/// <summary>
/// A story typed for someone else ("Writing for my mum, she's 62", "Typing for my husband", "on behalf of my grandad",
/// "My mother asked me to type this"): the person it is about is the patient, so "she", "he", "they" and the relation
/// named there are the patient, not someone else (ConText's experiencer is relative to the subject of the record).
/// Only the first two sentences are read for it, where such a story says so; "my nephew is typing for me" is not one.
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

        return [];
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
