using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Out of nowhere" and "out of the blue" tell that the pain came at once, unannounced, as well as with no cause: "out of
/// nowhere I got this excruciating pain in my side", "my lower back just went, out of the blue". The lexicon reads them as
/// no injury (<c>hx.fall_or_minor_injury: false</c>); a phrase gives one finding there, so the sudden onset is read here,
/// only in a clause that tells of a beginning or a symptom ("got psoriasis out of the blue" does not) and only when no
/// other word read the onset.
/// </summary>
internal static class OutOfNowhere
{
    private const string Code = "episode.onset";

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        AddSudden(tokens, context, vocabulary, mentions);
        if (vocabulary.FindFinding(Code) is { } onset && !mentions.Exists(m => m.Code == Code && m.Counted)
            && onset.Values.ToList().IndexOf("gradual") is var gradual and >= 0)
        {
            AddFirstCurrent(MildBeginning.Read, tokens, context, onset, gradual, mentions); // "it started as a small niggle": gradual, when nothing read it sudden
        }
    }

    private static void AddSudden(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } onset || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return;
        }

        var sudden = onset.Values.ToList().IndexOf("sudden");
        if (sudden < 0)
        {
            return;
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "out of nowhere", "out of the blue", and "outta nowhere" (the texting layer reads "outta" as "out")
            var last = tokens[i].Lower != "out" ? -1
                : Is(tokens, i + 1, "nowhere") ? i + 1
                : !Is(tokens, i + 1, "of") ? -1
                : Is(tokens, i + 2, "nowhere") ? i + 2
                : Is(tokens, i + 2, "the") && Is(tokens, i + 3, "blue") ? i + 3 : -1;
            if (last < 0)
            {
                continue;
            }

            var frame = context.Frame(i, last);
            if (frame.Negated || frame.Hypothetical || frame.AboutSomeoneElse || frame.Historical || !MentionRules.ClauseTellsOfOnset(tokens, i, last)
                || !SentenceNamesAPain(tokens, i))
            {
                continue;
            }

            mentions.Add(new ExtractedMention(onset, new FindingValue(true, sudden), tokens[i].Start, tokens[last].End, false, MentionContext.Current, true));
            return;
        }

        AddFirstCurrent(BackWent.Read, tokens, context, onset, sudden, mentions); // "my lower back went": the same sudden onset, told by the back
        if (!mentions.Exists(m => m.Code == Code && m.Counted))
        {
            AddFirstCurrent(GotAPain.Read, tokens, context, onset, sudden, mentions); // "bent down and got a sharp pain": a pain told as a moment
        }

        if (!mentions.Exists(m => m.Code == Code && m.Counted))
        {
            AddFirstCurrent(SuddenNoise.Read, tokens, context, onset, sudden, mentions); // "and BOOM, huge back pain": the moment it struck
        }

        // A pain told to come back ("I've thrown it out before") began before the fall that set it off again.
        if (!mentions.Exists(m => m.Code == Code && m.Counted) && !mentions.Exists(m => m.Code == "episode.recurrent" && m.Counted && m.Value == FindingValue.Of(true)))
        {
            AddFirstCurrent(RecentFall.Read, tokens, context, onset, sudden, mentions); // "yesterday I slipped on the ice": a fall dated to the last days
        }
    }

    /// <summary>The first span <paramref name="read"/> finds that is the person's own, present pain, as the onset <paramref name="value"/>.</summary>
    private static void AddFirstCurrent(
        Func<List<TextToken>, int, (int Start, int End)?> read, List<TextToken> tokens, ContextAnnotator context, FindingDefinition onset, int value,
        List<ExtractedMention> mentions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (read(tokens, i) is not { } span)
            {
                continue;
            }

            var frame = context.Frame(span.Start, span.End);
            if (frame.Negated || frame.Hypothetical || frame.AboutSomeoneElse || frame.Historical)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(onset, new FindingValue(true, value), tokens[span.Start].Start, tokens[span.End].End, false, MentionContext.Current, true));
            return;
        }
    }

    private static bool Is(List<TextToken> tokens, int k, string word) => k < tokens.Count && tokens[k].Lower == word && tokens[k].Sentence == tokens[k - 1].Sentence;

    /// <summary>
    /// A pain, not another symptom or illness, came out of nowhere: a word of pain, or a back that "went" ("my lower back just
    /// went"), not a part that went numb or weak ("my foot went numb out of nowhere" is left out).
    /// </summary>
    private static bool SentenceNamesAPain(List<TextToken> tokens, int at)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != tokens[at].Sentence)
            {
                continue;
            }

            var word = tokens[k].Lower;
            var wentNumb = k + 1 < tokens.Count && tokens[k + 1].Lower is "numb" or "weak" or "dead" or "cold" or "tingly" or "funny";
            if (MentionRules.IsPainWord(word) || word is "spasm" or "ache" or "aching" || (word == "went" && !wentNumb))
            {
                return true;
            }
        }

        return false;
    }
}
