namespace HipSpine.Engine.Extraction;

/// <summary>
/// The complaint named with "again" and nothing else, as a headline (<c>episode.recurrent</c>, round 80): "Left hip again.",
/// "Sciatica again - crippling pain in my lower back", "My back again!"; and a bare "Again." right after a sentence that
/// names the complaint ("I've done my back in. Again."). With no verb the words can only say that this complaint is here
/// once more, so the earlier time is presupposed as in "the same thing again" (<see cref="SameAgain"/>). The statement must
/// open its sentence and end at "again" (the sentence's end, a comma or a dash): "my hip again when I walk" is a condition
/// of one episode, and "able to walk again" or "work again tomorrow" have a verb or no complaint. A bare "Back again" is left:
/// it is as often the writer back on a forum.
/// </summary>
internal static class ComplaintAgain
{
    /// <summary>Words that may stand before the complaint: "my", "the", a side or a part ("left", "lower").</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "my", "the", "left", "right", "lower", "low", "both", "bad",
    };

    /// <summary>The complaint or its place: "hip", "back pain", "sciatica".</summary>
    private static readonly HashSet<string> Complaints = new(StringComparer.Ordinal)
    {
        "back", "hip", "hips", "leg", "legs", "buttock", "groin", "sciatica", "lumbago", "pain", "backache", "ache", "spasms",
    };

    /// <summary>The last token ("again") of a headline starting at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (i > 0 && tokens[i - 1].Sentence == tokens[i].Sentence)
        {
            return null;
        }

        var k = i;
        while (k < tokens.Count && Modifiers.Contains(tokens[k].Lower) && tokens[k].Sentence == tokens[i].Sentence)
        {
            k++;
        }

        var first = k;
        while (k < tokens.Count && Complaints.Contains(tokens[k].Lower) && tokens[k].Sentence == tokens[i].Sentence && !tokens[k].AfterComma)
        {
            k++;
        }

        var named = k - first;
        if (k >= tokens.Count || tokens[k].Lower != "again" || tokens[k].Sentence != tokens[i].Sentence || tokens[k].AfterComma || named > 2)
        {
            return null;
        }

        // "Back again" alone is the writer back; "Again." alone must follow a sentence that names the complaint.
        var bareBack = named == 1 && first == i && tokens[first].Lower == "back";
        var alone = named == 0 && first == i;
        if (bareBack || (named == 0 && !alone) || (alone && !SentenceBeforeNamesTheComplaint(tokens, i)))
        {
            return null;
        }

        var closes = k + 1 == tokens.Count || tokens[k + 1].Sentence != tokens[k].Sentence || tokens[k + 1].AfterComma;
        return closes ? k : null;
    }

    /// <summary>Whether the sentence before token i names the complaint ("I've done my back in").</summary>
    private static bool SentenceBeforeNamesTheComplaint(List<TextToken> tokens, int i) =>
        i > 0 && tokens.Exists(t => t.Sentence == tokens[i - 1].Sentence && Complaints.Contains(t.Lower));
}
