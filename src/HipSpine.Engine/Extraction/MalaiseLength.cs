namespace HipSpine.Engine.Extraction;

/// <summary>
/// A length that counts how long the person has felt unwell, not how long the pain has lasted: "Been feeling rough for
/// about a week, thought it was the flu", "Lost 10 pounds in the last 4 months and I feel run down", "For about four weeks
/// I've felt rubbish - really tired, night sweats". The writers leave such a length out of the episode (or give the
/// pain's own, later one): the malaise is told as a symptom of its own, often before the pain began. Only when nothing of
/// the pain is told with it: a word of hurting between its commas, or a place, a pain or any finding other than the
/// malaise in its sentence ("for several months I've had an ache in my lower back and I'm tired all the time" keeps its
/// length). A fever is not taken as malaise: in a story of an infection the writers count the fever's days as the
/// episode's ("For a month now I've been getting fevers ... and I feel rotten").
/// </summary>
internal static class MalaiseLength
{
    /// <summary>Words of feeling generally unwell: "rough", "rubbish", "run down", "tired", "unwell", "poorly".</summary>
    private static readonly HashSet<string> MalaiseWords = new(StringComparer.Ordinal)
    {
        "rough", "rubbish", "lousy", "crap", "crappy", "tired", "exhausted", "unwell", "poorly", "rundown", "drained", "weather",
    };

    /// <summary>Findings of the malaise itself, which may be told beside the length without making it the pain's.</summary>
    private static readonly HashSet<string> MalaiseCodes = new(StringComparer.Ordinal)
    {
        "systemic.unwell", "systemic.weight_loss", "systemic.night_sweats",
    };

    /// <summary>Whether the length at <paramref name="span"/> measures a malaise told with nothing of the pain.</summary>
    public static bool Measures(List<TextToken> tokens, TimeSpanMention span, List<ExtractedMention> mentions)
    {
        var segment = tokens[span.FirstToken].Segment;
        var sentence = tokens[span.FirstToken].Sentence;
        var (segmentStart, segmentEnd) = (int.MaxValue, 0);
        var (sentenceStart, sentenceEnd) = (int.MaxValue, 0);
        var malaise = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Sentence == sentence)
            {
                (sentenceStart, sentenceEnd) = (Math.Min(sentenceStart, t.Start), Math.Max(sentenceEnd, t.End));
            }

            if (t.Segment != segment)
            {
                continue;
            }

            (segmentStart, segmentEnd) = (Math.Min(segmentStart, t.Start), Math.Max(segmentEnd, t.End));
            if (SymptomKinds.SaysItHurts(t.Lower))
            {
                return false; // "tired and achy", "feeling rough and my back aches": the pain is told with it
            }

            // "run down" (not "ran down a hill": only after a word of feeling), "under the weather"
            malaise |= MalaiseWords.Contains(t.Lower) && (t.Lower != "weather" || (k > 1 && tokens[k - 2].Lower == "under"))
                || (t.Lower == "down" && k > 1 && tokens[k - 1].Lower == "run" && tokens[k - 2].Lower is "felt" or "feel" or "feeling" or "really" or "generally" or "very" or "so" or "bit" or "quite" or "pretty" or "all");
        }

        var counted = mentions.Where(m => m.Counted && m.Code != "episode.duration_days" && !m.Code.StartsWith("hx.", StringComparison.Ordinal) && m.Value.AsBool).ToList();
        malaise |= counted.Exists(m => MalaiseCodes.Contains(m.Code) && m.Start >= segmentStart && m.End <= segmentEnd);
        // Any other finding in the sentence (a place, a pain, a fever, a weak leg) ties the length to the complaint.
        return malaise && !counted.Exists(m => !MalaiseCodes.Contains(m.Code) && m.Start >= sentenceStart && m.End <= sentenceEnd);
    }
}
