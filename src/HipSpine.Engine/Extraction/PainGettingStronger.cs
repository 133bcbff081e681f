namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain told to be getting stronger is the course getting worse (<c>episode.worsening</c>, round 58): "its getting stronger
/// day by day", "the pain keeps getting stronger", "it's got steadily stronger", "it's been getting stronger and stronger", "it
/// got way stronger". Nine of the spent stories told it and were annotated so, none read: the lexicon has no "stronger",
/// since a person also gets stronger, and so do legs, a core, a painkiller ("I just get stronger painkillers") and a dose. So a
/// change verb after the pain or "it" ("it", "its", "pain", "ache", "keeps", "been", ...), a degree word or two, and "stronger"
/// with no noun after it; not beside a body part or strength ("my legs are getting stronger"), not beside "weaker" (a pain
/// that comes and goes: "it gets stronger then a bit weaker"), and not within minutes, which tells how a pain began ("within
/// minutes the pain got much stronger").
/// </summary>
internal static class PainGettingStronger
{
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "got", "gotten", "getting", "gets", "grown", "grew", "growing", "become", "became", "becoming",
    };

    /// <summary>Words right before the change verb that make the pain or "it" its subject.</summary>
    private static readonly HashSet<string> PainSubject = new(StringComparer.Ordinal)
    {
        "it", "it's", "its", "pain", "ache", "aching", "backache", "been", "keeps", "kept", "has", "had", "is", "was", "just", "steadily",
        "slowly", "gradually",
    };

    private static readonly HashSet<string> Degree = new(StringComparer.Ordinal)
    {
        "steadily", "slowly", "gradually", "way", "much", "even", "a", "lot", "bit", "little", "so", "far", "really", "progressively",
    };

    /// <summary>Words in the segment that make something other than the pain grow strong.</summary>
    private static readonly HashSet<string> OtherThanThePain = new(StringComparer.Ordinal)
    {
        "leg", "legs", "muscle", "muscles", "core", "arm", "arms", "strength", "body",
    };

    /// <summary>Words in the clause that tell a moment of a pain's beginning ("within minutes").</summary>
    private static readonly HashSet<string> Moments = new(StringComparer.Ordinal) { "minutes", "minute", "seconds", "moments" };

    /// <summary>Words after "stronger" that leave it bare ("stronger and stronger", "stronger day by day", "stronger every single day").</summary>
    private static readonly HashSet<string> AfterStronger = new(StringComparer.Ordinal)
    {
        "and", "day", "every", "each", "over", "by", "since", "now", "lately", "recently", "all", "again", "the", "as", "week", "month",
    };

    /// <summary>The token index of "stronger" in "(it/pain) change verb (degree words) stronger" at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (!ChangeVerbs.Contains(tokens[i].Lower) || i == 0 || !PainSubject.Contains(tokens[i - 1].Lower))
        {
            return null;
        }

        var k = i + 1;
        while (k < tokens.Count && k <= i + 3 && Degree.Contains(tokens[k].Lower) && tokens[k].Segment == tokens[i].Segment)
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Lower != "stronger" || tokens[k].Segment != tokens[i].Segment)
        {
            return null;
        }

        // "stronger painkillers", "stronger ones": a noun after it is what got stronger
        if (k + 1 < tokens.Count && tokens[k + 1].Segment == tokens[k].Segment && !AfterStronger.Contains(tokens[k + 1].Lower))
        {
            return null;
        }

        var (segment, clause, sentence) = (tokens[i].Segment, tokens[i].Clause, tokens[i].Sentence);
        return tokens.Exists(t => (t.Segment == segment && OtherThanThePain.Contains(t.Lower)) || (t.Clause == clause && Moments.Contains(t.Lower))
            || (t.Sentence == sentence && t.Lower == "weaker")) ? null : k;
    }
}
