using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Feeling unwell (<c>systemic.unwell</c>) told as a change with "not": "she's not herself", "I've not felt myself", "he hasn't been
/// himself", "not her usual self", "Not eating much either", "hasn't been eating properly", "I haven't been well", "not feeling
/// right in myself". Round 60, after held-back 57: the "not" here affirms the change (the writers annotate it felt, UG_008, UG_017,
/// SZ_013, TL_016, SY_008), so a lexicon phrase, whose own "not" the negation step would read as a denial, cannot hold it. Read
/// from the negation word, so only a trigger before it (a second "not", a past time, a worry, someone else) sets the frame: a
/// denial, a past time, a possibility and someone else's change are not read. "It's not right" or "something not right in my back"
/// is the pain, not feeling unwell, so "right" counts only after a verb of feeling or before "in myself".
/// </summary>
internal static class UnwellToldWithNot
{
    private const string Code = "systemic.unwell";

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "didn't", "didnt", "hasn't", "hasnt", "haven't", "havent", "hadn't", "hadnt", "isn't", "isnt", "wasn't", "wasnt",
        "don't", "dont", "doesn't", "doesnt", "aren't", "arent",
    };

    /// <summary>Words of being or feeling that may stand between the "not" and the change ("hasn't been", "not felt", "didn't feel like").</summary>
    private static readonly HashSet<string> Being = new(StringComparer.Ordinal)
    {
        "been", "being", "be", "feel", "feeling", "felt", "feels", "seem", "seemed", "seems", "seeming", "quite", "really", "like", "at", "all",
        "her", "his", "my", "their", "usual", "normal", "old", "right", "in", "so", "very", "too", "that",
    };

    private static readonly HashSet<string> Selves = new(StringComparer.Ordinal)
    {
        "herself", "himself", "myself", "themselves", "themself", "self",
    };

    private static readonly HashSet<string> Persons = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i've", "ive", "i'd", "id", "she", "she's", "shes", "he", "he's", "hes", "they", "they're", "theyre", "we", "we're",
    };

    /// <summary>Helping words between the person and the negation ("she has not", "I just don't", "he's still not").</summary>
    private static readonly HashSet<string> Helpers = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "is", "was", "am", "are", "were", "do", "does", "did", "just", "really", "still", "also", "been", "simply",
    };

    private static readonly HashSet<string> Feelings = new(StringComparer.Ordinal) { "feel", "feeling", "felt", "feels" };

    /// <summary>How little is eaten after "not eating" ("much", "properly"); "eating" closing its segment, or before "at all", counts too.</summary>
    private static readonly HashSet<string> Amounts = new(StringComparer.Ordinal)
    {
        "much", "properly", "well", "normally", "enough", "anything", "right",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Negations.Contains(tokens[i].Lower) || !ToldOfAPerson(tokens, i) || ChangeAfter(tokens, i) is not { } end)
            {
                continue;
            }

            var frame = context.Frame(i, end);
            if (!frame.OwnAffirmedNow || DurationSenses.DatedYearsBack(tokens, i))
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[end].End, false, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>The last token of the change told after the negation at i ("herself", "eating much", "well"), or null.</summary>
    private static int? ChangeAfter(List<TextToken> tokens, int i)
    {
        var felt = false;
        for (var k = i + 1; k < tokens.Count && k <= i + 5 && tokens[k].Segment == tokens[i].Segment; k++)
        {
            var w = tokens[k].Lower;
            if (Selves.Contains(w))
            {
                return k; // "not herself", "hasn't been himself", "not her usual self"
            }

            if (w == "eating")
            {
                var next = Next(tokens, k);
                return next is null or "at" or "either" or "lately" or "recently" ? k : Amounts.Contains(next) ? k + 1 : null;
            }

            if (w == "well" && (felt || tokens[k - 1].Lower is "been" || k == i + 1) && Next(tokens, k) is null or "at" or "lately" or "recently" or "either" or "in" or "for")
            {
                return k; // "I haven't been well", "not feeling well", "she's not well"
            }

            if (w == "right" && felt && Next(tokens, k) is null or "in" or "at" or "lately" or "recently" or "either")
            {
                return k; // "not feeling right"; "it's not right" is the pain
            }

            if (!Being.Contains(w))
            {
                return null;
            }

            felt |= Feelings.Contains(w);
        }

        return null;
    }

    /// <summary>
    /// Whether the negation at i is told of a person: a pronoun before it, with only helping words between ("she's not", "I've not",
    /// "he has not", "I just don't"), or the negation opening its segment ("..., not herself", "Not eating much either"). "My right
    /// hip hasn't felt right" is the pain, not feeling unwell.
    /// </summary>
    private static bool ToldOfAPerson(List<TextToken> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4 && tokens[k].Segment == tokens[i].Segment; k--)
        {
            if (Persons.Contains(tokens[k].Lower))
            {
                return true;
            }

            if (!Helpers.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        return i == 0 || tokens[i - 1].Segment != tokens[i].Segment;
    }

    /// <summary>The next word in the same segment, or null.</summary>
    private static string? Next(List<TextToken> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Segment == tokens[k].Segment ? tokens[k + 1].Lower : null;
}
