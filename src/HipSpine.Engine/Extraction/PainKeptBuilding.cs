namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain told to keep building (<c>episode.worsening</c>, round 66): "the pain kept building", "the pain in my hip has been
/// building", "it's been building up over two years". In code, not the lexicon: the matcher drops "kept" and "been" and reads
/// "build" alone ("the soreness builds the longer I walk", "various buildings", "no slow build up"). The pain or "it" must be
/// the subject in the clause before, and nothing built may follow: "been building up my long runs" and "building up for my
/// first marathon" tell training, not the pain.
/// </summary>
internal static class PainKeptBuilding
{
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal) { "kept", "keeps", "keep", "been" };

    /// <summary>Words after "building (up)" that name what is built ("building up my runs", "building the mileage").</summary>
    private static readonly HashSet<string> ObjectWords = new(StringComparer.Ordinal) { "my", "the", "a", "his", "her", "muscle", "strength", "mileage" };

    /// <summary>The token index of "building" (or its "up") in a pain kept building at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (!Before.Contains(tokens[i].Lower) || i + 1 >= tokens.Count || tokens[i + 1].Lower != "building" || tokens[i + 1].Clause != tokens[i].Clause)
        {
            return null;
        }

        var last = i + 1;
        if (last + 1 < tokens.Count && tokens[last + 1].Lower == "up" && tokens[last + 1].Clause == tokens[i].Clause)
        {
            last++;
        }

        var next = last + 1 < tokens.Count && tokens[last + 1].Clause == tokens[i].Clause ? tokens[last + 1].Lower : "";
        if (ObjectWords.Contains(next) || (next == "for" && last + 2 < tokens.Count && tokens[last + 2].Lower is "my" or "the"))
        {
            return null;
        }

        for (var k = i - 1; k >= 0 && k >= i - 8 && tokens[k].Clause == tokens[i].Clause; k--)
        {
            if (MentionRules.IsPainWord(tokens[k].Lower) || tokens[k].Lower is "it" or "it's" or "its")
            {
                return last;
            }
        }

        return null;
    }
}
