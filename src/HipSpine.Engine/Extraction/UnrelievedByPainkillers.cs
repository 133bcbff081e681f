using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Painkillers or rest named and then said not to touch the pain, or to do nothing, is pain they do not relieve
/// (<c>pain.unrelieved_by_rest_or_painkillers</c>), told in lay shapes the lexicon's fixed phrases miss: "the painkillers
/// aren't touching it", "rest and the pills do nothing", "advil does nothing", "the tramadol hardly touches it", "I've been
/// taking the painkillers but now they don't touch it", "painkillers are useless". The painkiller or rest comes first in
/// the sentence and the not-helping after it, within a few words (a pronoun may stand for it); or "nothing" stands for
/// what is taken ("nothing they give me touches it", see <see cref="NothingRelieves"/>). Only the words of relief
/// (touching, denting, and helping denied in the present: "painkillers aren't helping", "the ibuprofen just doesnt help")
/// count: "didn't help", "did nothing" and "haven't made any difference" tell of a treatment tried that
/// failed, care that did not help (<c>episode.not_improving_with_care</c>, <c>hx.nsaid_good_response</c>), and the
/// spent stories read them so; "they only help a little" and "only the strong painkillers touch it" are no denial. Only
/// when no other word read the finding; a worry or an "if" is not read (<see cref="WordPatternFinding"/>).
/// </summary>
internal static class UnrelievedByPainkillers
{
    private const string Code = "pain.unrelieved_by_rest_or_painkillers";

    /// <summary>How far after "nothing" its verb of relief may come ("nothing I take at home touches it").</summary>
    private const int NothingReach = 5;

    /// <summary>How far after the painkiller or rest the not-helping may come.</summary>
    private const int Reach = 10;

    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "aren't", "arent", "isn't", "isnt", "haven't", "havent", "hasn't",
        "hasnt", "not", "never", "barely", "hardly", "won't", "wont", "wasn't", "wasnt", "weren't", "werent",
    };

    /// <summary>Words that may stand between the denial and the verb ("don't really help", "haven't even touched it").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "really", "even", "just", "been", "seem", "seems", "to", "actually", "properly", "so", "much",
    };

    /// <summary>Verbs of relief told of the pain itself ("isn't touching it", "don't even dent it"), not of a treatment that failed ("didn't help").</summary>
    private static readonly HashSet<string> Relieves = new(StringComparer.Ordinal) { "touch", "touches", "touching", "touched", "dent", "dents", "denting" };

    /// <summary>Denials in the present ("aren't", "doesn't"): with them "help" tells of the pain now, not of a treatment tried.</summary>
    private static readonly HashSet<string> PresentDenials = new(StringComparer.Ordinal)
    {
        "don't", "dont", "doesn't", "doesnt", "aren't", "arent", "isn't", "isnt", "not",
    };

    private static readonly HashSet<string> HelpNow = new(StringComparer.Ordinal) { "help", "helps", "helping" };

    /// <summary>Present forms of "do" before "nothing" ("they do nothing", "it does absolutely nothing"); "did nothing" is care tried.</summary>
    private static readonly HashSet<string> DoWords = new(StringComparer.Ordinal) { "do", "does", "doing" };

    private static readonly HashSet<string> BeforeNothing = new(StringComparer.Ordinal) { "absolutely", "next", "to", "literally", "sweet", "all" };

    /// <summary>Words that begin like a painkiller or rest and are neither ("pillow", "restless", "medical", "the rest of").</summary>
    private static readonly string[] NotCare = ["pillow", "restless", "restaur", "restrict", "restor", "medical"];

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, Read, tokens, context, vocabulary, mentions);

    /// <summary>The last token of the not-helping after a painkiller or rest named at i, or null.</summary>
    private static int? Read(List<TextToken> tokens, int i)
    {
        if (NothingRelieves(tokens, i) is { } nothing)
        {
            return nothing;
        }

        if (!WordPrefixes.StartsWithAny(tokens[i].Lower, NothingHelps.PainkillerOrRest) || WordPrefixes.StartsWithAny(tokens[i].Lower, NotCare)
            || (i > 0 && tokens[i - 1].Lower == "only") || (i + 1 < tokens.Count && tokens[i].Lower == "rest" && tokens[i + 1].Lower == "of"))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + Reach && tokens[k].Sentence == tokens[i].Sentence; k++)
        {
            if (tokens[k].Lower == "only" || tokens[k].Lower == "but" && k + 1 < tokens.Count && tokens[k + 1].Lower is "it" or "the")
            {
                return null; // "they only help a little"; "the tablets help but the pain ..." turns to another subject
            }

            if (NotHelping(tokens, k) is { } end)
            {
                return end;
            }
        }

        return null;
    }

    /// <summary>
    /// "Nothing (they give me, I take, really) touches it", "nothing gives any relief": the "nothing" is what is taken or given
    /// for the pain, and touching and relief are words of relief told of the pain itself, so it is pain the painkillers do not
    /// relieve, whatever else the story says of care (the lexicon reads "nothing touches it" as care that did not help as
    /// well, and the spent stories annotate both). Not "nothing helps", which is as often said of positions or care tried.
    /// The last token (the verb of relief, or "relief") of a match starting at i, or null.
    /// </summary>
    private static int? NothingRelieves(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("nothing" or "nothing's" or "nothings"))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + NothingReach && tokens[k].Clause == tokens[i].Clause && !tokens[k].AfterComma; k++)
        {
            if (Relieves.Contains(tokens[k].Lower))
            {
                // It, the pain, this: not something else the person has ("nothing touched my headache").
                var next = k + 1 < tokens.Count && tokens[k + 1].Clause == tokens[k].Clause && !tokens[k + 1].AfterComma ? tokens[k + 1].Lower : null;
                return next is null or "it" or "the" or "this" ? k : null;
            }

            if (tokens[k].Lower == "relief" && Enumerable.Range(i + 1, k - i - 1).Any(j => tokens[j].Lower is "give" or "gives" or "giving" or "brings"))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The last token of a denied relief starting at k ("aren't touching", "do nothing", "useless"), or null.</summary>
    private static int? NotHelping(List<TextToken> tokens, int k)
    {
        var word = tokens[k].Lower;
        if (word is "useless" or "pointless")
        {
            return k;
        }

        if (Denials.Contains(word))
        {
            for (var j = k + 1; j < tokens.Count && j <= k + 4 && tokens[j].Clause == tokens[k].Clause; j++)
            {
                if (Relieves.Contains(tokens[j].Lower))
                {
                    return j;
                }

                // "Painkillers aren't helping", "the ibuprofen just doesnt help": the present, as the pain is now. Not "don't help
                // any more", relief that has worn off, which the lexicon reads as care that no longer helps.
                if (PresentDenials.Contains(word) && HelpNow.Contains(tokens[j].Lower))
                {
                    var after = j + 1 < tokens.Count && tokens[j + 1].Clause == tokens[j].Clause ? tokens[j + 1].Lower : "";
                    return after is "anymore" or "any" ? null : j;
                }

                if (!Fillers.Contains(tokens[j].Lower))
                {
                    return null;
                }
            }

            return null;
        }

        if (!DoWords.Contains(word))
        {
            return null;
        }

        for (var j = k + 1; j < tokens.Count && j <= k + 3 && tokens[j].Clause == tokens[k].Clause; j++)
        {
            if (tokens[j].Lower == "nothing")
            {
                return j;
            }

            if (!BeforeNothing.Contains(tokens[j].Lower))
            {
                return null;
            }
        }

        return null;
    }
}
