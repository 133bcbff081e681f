namespace HipSpine.Engine.Extraction;

/// <summary>
/// Waking with the pain is how it began ("Woke up this morning with a sharp stabbing pain", "I woke up one morning and could
/// barely walk") only when the story has not told of the pain before it (round 63). Over the spent stories a waking read as a
/// sudden onset is annotated in 39 stories and left blank in 30; where an earlier sentence tells of the person's own pain now
/// ("I've been having back pain for 6 months. Tonight it woke me up", "Months of physio and it's no better. Then last night he
/// woke up ...", "used to the normal sciatica. Woke up yesterday with the usual"), the waking is a flare of a pain already
/// there, and the writers leave the onset blank in about twice as many such stories as they annotate. So a waking onset after a
/// word of pain in an earlier sentence that is the person's, present and not denied ("Never had back pain in my life" is no
/// pain told) is not counted, and the other onset readers may read the story.
/// </summary>
internal static class WakingAfterPain
{
    private const string Code = "episode.onset";

    public static void Apply(List<TextToken> tokens, ContextAnnotator context, List<ExtractedMention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Code != Code || !mention.Counted || mention.Negated)
            {
                continue;
            }

            var at = tokens.FindIndex(t => t.Start == mention.Start);
            if (at < 0 || tokens[at].Lower is not ("woke" or "awoke" or "wake" or "waking" or "woken") || !PainToldBefore(tokens, context, tokens[at].Sentence))
            {
                continue;
            }

            mentions[m] = mention with { Counted = false };
        }
    }

    /// <summary>Whether a sentence before <paramref name="sentence"/> tells of the person's own pain now.</summary>
    private static bool PainToldBefore(List<TextToken> tokens, ContextAnnotator context, int sentence)
    {
        for (var k = 0; k < tokens.Count && tokens[k].Sentence < sentence; k++)
        {
            if (MentionRules.IsPainWord(tokens[k].Lower) && context.Frame(k, k).OwnAffirmedNow)
            {
                return true;
            }
        }

        return false;
    }
}
