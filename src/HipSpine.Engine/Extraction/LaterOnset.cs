namespace HipSpine.Engine.Extraction;

/// <summary>
/// A long-standing complaint told first and a recent moment when the present pain began told after it: "a grumbling back
/// for 7 or 8 years ... two days ago this buttock pain kicked in", "bad back for nearly ten years ... Three days ago the
/// pain suddenly got really severe". The writers date the episode from the later moment: the old length is the history
/// it grew out of, so the first length of the story does not win here.
/// </summary>
internal static class LaterOnset
{
    /// <summary>
    /// Whether <paramref name="later"/> ("N ago", "last week") dates a beginning of pain in a later sentence than the
    /// episode so far (<paramref name="earlier"/>, of <paramref name="earlierDays"/> days), and is much the shorter: a quarter
    /// of it or less, from an episode of two months or more (a week inside a month is often the same episode retold).
    /// </summary>
    public static bool Replaces(List<TextToken> tokens, TimeSpanMention earlier, double earlierDays, TimeSpanMention later, int laterDays)
    {
        if (earlierDays < 60 || laterDays < 1 || laterDays * 4 > earlierDays)
        {
            return false;
        }

        if (ReachesThePresent(tokens, earlier))
        {
            return false;
        }

        var next = later.LastToken + 1;
        var dated = (next < tokens.Count && tokens[next].Lower == "ago" && tokens[next].Sentence == tokens[later.LastToken].Sentence)
            || (later.Relative && tokens[later.FirstToken].Lower == "last");
        var sentence = tokens[later.FirstToken].Sentence;
        if (!dated || sentence <= tokens[earlier.LastToken].Sentence)
        {
            return false;
        }

        // The later sentence must tell that a pain began or came on at once ("I got bad pain", "suddenly got really severe",
        // "this buttock pain kicked in"), not only what was done then ("I saw a physio two weeks ago").
        var begins = false;
        var pain = false;
        foreach (var t in tokens)
        {
            if (t.Sentence != sentence)
            {
                continue;
            }

            begins |= MentionRules.IsOnsetVerb(t.Lower) || t.Lower is "suddenly" or "sudden" or "kicked";
            pain |= MentionRules.IsSymptomWord(t.Lower);
        }

        return begins && pain;
    }

    /// <summary>
    /// The earlier length is told as still running or as the pain's own start: "sore for a few months now", "hurting for about
    /// 4 years and it keeps creeping up", "a year ago my lower back started aching". A later moment then is a change within it
    /// ("a couple of days ago I suddenly couldn't walk"), and the writers keep the whole length.
    /// </summary>
    private static bool ReachesThePresent(List<TextToken> tokens, TimeSpanMention earlier)
    {
        var sentence = tokens[earlier.FirstToken].Sentence;
        var clause = tokens[earlier.FirstToken].Clause;
        return tokens.Exists(t => t.Sentence == sentence && (t.Lower is "now" or "still" or "keeps" or "anymore"
            || (t.Clause == clause && (t.Lower.StartsWith("start", StringComparison.Ordinal) || t.Lower is "began" or "begun"))));
    }

    /// <summary>
    /// A sentence that opens on "That was" (or "Thats") and dates with "ago" what the story has just told: "... it went from
    /// a twinge to 8/10. That was a full week ago.", "They operated and took the disc out. That was a year and a half ago."
    /// The person dates the story's event for the reader; the writers take it as the episode's length, over a length told before.
    /// Not "that" inside a sentence ("one bout before and that was about 40 years ago, it cleared up").
    /// </summary>
    public static bool DatesTheStoryJustTold(List<TextToken> tokens, TimeSpanMention span)
    {
        var next = span.LastToken + 1;
        if (next >= tokens.Count || tokens[next].Lower != "ago" || span.Relative)
        {
            return false;
        }

        var sentence = tokens[span.FirstToken].Sentence;
        var head = tokens.FindIndex(t => t.Sentence == sentence);
        if (head < 0 || span.FirstToken - head > 5)
        {
            return false;
        }

        var opener = tokens[head].Lower;
        var second = head + 1 < tokens.Count ? tokens[head + 1].Lower : "";
        return opener is "thats" or "that's" || (opener == "that" && second is "was" or "'s" or "s");
    }
}
