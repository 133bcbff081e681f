namespace HipSpine.Engine.Extraction;

/// <summary>
/// A story that opens on a part of today: "This morning, packing the car, my back went", "Typing from bed. Mopped the floor
/// this morning and ...", "6.30 this morning the alarm went ... then a pain shot into my calf". Told at the head of the story,
/// the part of the day is when the trouble began, so the episode is 0 days old, though its clause need not hold an onset verb
/// (which a "this morning" elsewhere needs: "6 out of 10 this morning" says when, not that it began). Read only when no other
/// length was: a story with a length or a date tells its own, and a "this morning" further down ("last Friday it went ...
/// This morning it cracked again") is a later moment of an older episode. Not "today" or "tonight", which people use of how
/// the pain is now ("it's bad today"), nor a clause that tells minutes or hours ("I walked for 20 minutes this morning").
/// </summary>
internal static class TodayAtTheHead
{
    /// <summary>How many sentences count as the head of the story: an opening "41F." or "Typing from bed." comes first.</summary>
    private const int HeadSentences = 3;

    /// <summary>The first and last token of "this morning" (afternoon, evening) in the head of the story, or null.</summary>
    public static (int First, int Last)? Read(List<TextToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count && tokens[i].Sentence < HeadSentences; i++)
        {
            if (tokens[i].Lower == "this" && tokens[i + 1].Lower is "morning" or "afternoon" or "evening"
                && tokens[i + 1].Sentence == tokens[i].Sentence && (i == 0 || tokens[i - 1].Lower is not ("since" or "until" or "till"))
                && !ClauseTellsMinutesOrHours(tokens, tokens[i].Clause))
            {
                return (i, i + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the clause tells a length of minutes or hours: "I walked for 20 minutes this morning" dates a walk and says how
    /// long it lasted, not when the pain began.
    /// </summary>
    private static bool ClauseTellsMinutesOrHours(List<TextToken> tokens, int clause) =>
        tokens.Exists(t => t.Clause == clause && t.Lower is "minute" or "minutes" or "min" or "mins" or "hour" or "hours" or "hr" or "hrs");
}
