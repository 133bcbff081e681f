namespace HipSpine.Engine.Extraction;

/// <summary>
/// Whether the statement that holds a length of time speaks of the complaint, and so may measure the episode, or a
/// history finding beside it owns the length.
/// </summary>
internal sealed partial class NumberFindings
{
    /// <summary>Words that stand for the complaint in a statement that measures it ("it's been like this for 3 weeks").</summary>
    private static readonly HashSet<string> ComplaintWords = new(StringComparer.Ordinal)
    {
        "it", "it's", "its", "this", "that", "that's", "thats", "these", "they", "them", "things", "symptoms", "symptom", "problem", "problems", "trouble", "everything", "issue",
        "issues", "now", "going", "ongoing", "lasted", "lasting", "persisted", "persisting",
    };

    /// <summary>Word beginnings that say something troubles the person ("it's been bothering me", "playing up", "struggling").</summary>
    private static readonly string[] ComplaintPrefixes = ["bother", "troubl", "play", "struggl", "suffer", "flar", "niggl", "agony", "sympt"];

    /// <summary>
    /// Whether the statement (within its commas) that holds a length of time speaks of the complaint: a symptom word, a beginning, a word
    /// standing for the complaint ("it", "this"), or a finding read there. A time in a statement about something else
    /// ("an on-off dry cough for about a year and a half", "the injection gave relief for a couple of weeks") measures
    /// that, not this episode. A date ("N ago", "yesterday") is not checked: it often dates the event that began the pain,
    /// told in the statement before the pain ("three days ago I kicked a ball hard and my back has hurt since").
    /// </summary>
    private static bool StatementTellsOfTheComplaint(List<TextToken> tokens, ContextAnnotator context, TimeSpanMention span, List<ExtractedMention> mentions)
    {
        var (from, to) = context.Statement(span.FirstToken, span.LastToken);
        // "for the last five weeks or so I've had back pain": the "so" of "or so" rounds the length off; it is no "so" that
        // opens a new statement, so the statement goes on to the words after it.
        if (to == span.LastToken + 1 && RoundedOffWithOrSo(tokens, span))
        {
            to = context.Statement(to + 2, to + 2).To;
        }

        var segment = tokens[span.FirstToken].Segment;
        var (segmentFrom, segmentTo) = (from, to);
        while (tokens[segmentFrom].Segment != segment)
        {
            segmentFrom++;
        }

        while (tokens[segmentTo].Segment != segment)
        {
            segmentTo--;
        }

        // A finding read between its commas ("for 3 weeks my leg has been numb"); a word of pain anywhere in the statement
        // ("for 2 years I've had a deep, nagging pain").
        var (start, end) = (tokens[segmentFrom].Start, tokens[segmentTo].End);
        if (mentions.Exists(m => m.Start >= start && m.End <= end && !m.Code.StartsWith("hx.", StringComparison.Ordinal) && m.Value.AsBool))
        {
            return true;
        }

        var otherWords = false;
        for (var k = from; k <= to; k++)
        {
            var word = tokens[k].Lower;
            if (SymptomKinds.SaysItHurts(word) || (MentionRules.IsOnsetVerb(word) && !DurationSenses.StartsSomethingElse(tokens, k)) || ComplaintWords.Contains(word) || WordPrefixes.StartsWithAny(word, ComplaintPrefixes))
            {
                return true;
            }

            // "getting on for 4 months", "coming up to a year": the words round a length up, they name nothing else
            var roundsUp = (word is "getting" or "coming" && k + 1 < tokens.Count && tokens[k + 1].Lower is "on" or "up")
                || (word is "on" or "up" && k > 0 && tokens[k - 1].Lower is "getting" or "coming");
            otherWords |= (k < span.FirstToken || k > span.LastToken) && !Lexicon.IsStopWord(word) && !DurationCues.Contains(word) && !NotAnEpisode.Contains(word) && !roundsUp;
        }

        return !otherWords; // "3 weeks." alone answers how long
    }

    /// <summary>Whether "or so" follows the length within its clause ("five weeks or so") and words follow it there.</summary>
    private static bool RoundedOffWithOrSo(List<TextToken> tokens, TimeSpanMention span)
    {
        var or = span.LastToken + 1;
        return or + 2 < tokens.Count && tokens[or].Lower == "or" && tokens[or + 1].Lower == "so"
            && tokens[or + 1].Clause == tokens[span.LastToken].Clause && tokens[or + 2].Clause == tokens[span.LastToken].Clause;
    }

    /// <summary>
    /// Whether a history finding owns the length: one told before it within its commas ("I've had diabetes for 10 years and
    /// my back hurts") or in its own statement ("for 10 years I've had diabetes"). A history told after the length, in a
    /// new statement ("my back has ached for two weeks and I'm sure it's the cancer"), is a thought about the pain whose
    /// length was just told, so it does not take the length from it.
    /// </summary>
    private static bool HistoryOwnsTheSegment(List<TextToken> tokens, ContextAnnotator context, List<int> historyTokens, TimeSpanMention span)
    {
        var segment = tokens[span.FirstToken].Segment;
        var statement = context.Statement(span.FirstToken, span.LastToken);
        return historyTokens.Exists(h => h >= 0 && tokens[h].Segment == segment && (h < span.FirstToken || h <= statement.To));
    }

    private static bool StatementNamesASymptom(List<TextToken> tokens, (int From, int To) statement)
    {
        for (var k = statement.From; k <= statement.To; k++)
        {
            if (SymptomKinds.SaysItHurts(tokens[k].Lower) || MentionRules.IsSymptomWord(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
