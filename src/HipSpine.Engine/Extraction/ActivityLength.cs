namespace HipSpine.Engine.Extraction;

/// <summary>
/// A length of time told of something the person does, not of the complaint: care taken or used ("physio since
/// January", "been going to the orthopaedic for nearly 2 years", "I've been taking it twice a day the last 3 days",
/// "since July I use a cane"), or a job or a pastime ("drove lorries for thirty years and that left me with a bad back",
/// "a police officer for over 20 years", "been doing marathon training since January"). Its words, within its commas and
/// up to a new subject ("and that ...", "but it ..."), name the activity and no symptom, so the time measures the
/// activity; the pain may have grown in it, but how long it has lasted is not told there. A date ("N ago") is not one:
/// an activity dated that way is often the event that began the pain ("two nights ago I had a hard gym session").
/// </summary>
internal static class ActivityLength
{
    /// <summary>Word beginnings of care taken or used over a time: a treatment, a medicine, a carer, a walking aid.</summary>
    private static readonly string[] CarePrefixes =
    [
        "physio", "epidural", "orthop", "chiro", "osteopath", "acupunct", "massage", "painkiller", "pill", "tablet", "medic", "meds",
        "ibuprofen", "paracetamol", "naproxen", "tramadol", "codeine", "brace", "cane", "crutch", "walker",
    ];

    /// <summary>Word beginnings of a job or a pastime the person has done over a time.</summary>
    private static readonly string[] DoingPrefixes =
    [
        "job", "officer", "drove", "driving", "driver", "training", "gym", "career", "nurse", "builder", "labourer",
    ];

    /// <summary>Words that open a new subject after "and", "but" or "so": what follows tells another thing.</summary>
    private static readonly HashSet<string> NewSubjects = new(StringComparer.Ordinal)
    {
        "that", "it", "it's", "its", "this", "i", "i'm", "im", "i've", "ive", "my", "the", "now", "then",
    };

    /// <summary>
    /// Whether the length at first..last measures an activity: its words (see the class) name one and no symptom, and no
    /// finding was read among them (<paramref name="found"/>: the findings read so far).
    /// </summary>
    public static bool Measures(List<TextToken> tokens, int first, int last, List<ExtractedMention> found)
    {
        if (last + 1 < tokens.Count && tokens[last + 1].Lower == "ago")
        {
            return false;
        }

        var segment = tokens[first].Segment;
        var from = first;
        while (from > 0 && tokens[from - 1].Segment == segment && !OpensANewSubject(tokens, from - 1))
        {
            from--;
        }

        var to = last;
        while (to + 1 < tokens.Count && tokens[to + 1].Segment == segment && !OpensANewSubject(tokens, to + 1))
        {
            to++;
        }

        var activity = false;
        for (var k = from; k <= to; k++)
        {
            var w = tokens[k].Lower;
            var care = WordPrefixes.StartsWithAny(w, CarePrefixes);
            if (k >= first && k <= last)
            {
                continue;
            }

            // "painkillers" and "going to the clinic" hold a word of pain or of getting worse but name the care
            if (!care && !(w == "going" && k + 1 < tokens.Count && tokens[k + 1].Lower == "to") && (SymptomKinds.SaysItHurts(w) || MentionRules.IsSymptomWord(w)))
            {
                return false;
            }

            activity |= care || WordPrefixes.StartsWithAny(w, DoingPrefixes)
                || (w is "taking" or "using" && k + 1 < tokens.Count && tokens[k + 1].Lower is "it" or "them" or "these" or "those");
        }

        var (start, end) = (tokens[from].Start, tokens[to].End);
        // the aid itself read as difficulty walking ("since July I use a cane") is the activity, not a symptom beside it
        return activity && !found.Exists(m => m.Start >= start && m.End <= end && !m.Code.StartsWith("hx.", StringComparison.Ordinal) && m.Value.AsBool && !WalkingAid.EndsOnAnAid(tokens, m.End));
    }

    private static bool OpensANewSubject(List<TextToken> tokens, int k) =>
        tokens[k].Lower is "and" or "but" or "so" or "cos" or "because" && k + 1 < tokens.Count && NewSubjects.Contains(tokens[k + 1].Lower);
}
