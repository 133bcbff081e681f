using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// The mention a matched lexicon phrase gives: its value (a yes/no finding turned round by a negation, a choice by its name)
/// and its context (current, historical, hypothetical, someone else's), and whether it counts. Taken out of
/// <see cref="FreeTextExtractor"/> (round 58) to keep that file to the pipeline.
/// </summary>
internal static class PhraseMention
{
    /// <summary>
    /// History findings that a past mention does not answer: they ask about now (drinking) or about how this
    /// episode began (a fall or an accident years ago is not this pain's injury).
    /// </summary>
    private static readonly HashSet<string> NotAnsweredByThePast = new(StringComparer.Ordinal)
    {
        "hx.alcohol_excess", "hx.fall_or_minor_injury", "hx.major_trauma", "hx.lifting_onset", "hx.training_load_increase", "hx.recent_infection",
    };

    private const string FallCode = "hx.fall_or_minor_injury";
    private const string TraumaCode = "hx.major_trauma";

    /// <summary>The mention <paramref name="match"/> gives in its <paramref name="frame"/>, or null (a family-history phrase said of the person themself).</summary>
    public static ExtractedMention? Read(PhraseMatch match, FindingDefinition finding, MentionFrame frame, List<TextToken> tokens, DateOnly today)
    {
        var code = finding.Code;
        var value = FindingValue.Unknown;
        if (frame.Negated && frame.Historical && frame.NegationLast > match.LastToken)
        {
            // A past illness or episode that "went away" or "resolved" still happened: the ending denies nothing.
            frame = frame with { Negated = false, NegationFirst = match.FirstToken, NegationLast = match.LastToken };
        }

        if (finding.Type == FindingType.Bool)
        {
            // A phrase that already says "no" ("nothing specific") is not turned round by a negation nearby.
            var stated = match.Phrase.Value is null or "true";
            value = FindingValue.Of(frame.Negated && stated ? false : stated);
        }
        else if (finding.Type == FindingType.Choice)
        {
            value = ChoiceValue(finding, match.Phrase.Value ?? finding.Values[0]);
        }

        MentionContext where;
        var counted = true;
        if (match.Phrase.Experiencer == PhraseExperiencer.FirstDegreeRelative)
        {
            if (!frame.FirstDegreeRelative)
            {
                return null; // a family-history phrase said of the person themself gives nothing
            }

            where = MentionContext.Current;
        }
        else if (frame.AboutSomeoneElse)
        {
            (where, counted) = (MentionContext.OtherPerson, false);
        }
        else if (frame.Hypothetical && (!code.StartsWith("psych.", StringComparison.Ordinal) || frame.Asked))
        {
            (where, counted) = (MentionContext.Hypothetical, false);
        }
        else if (frame.Historical)
        {
            // A past illness is exactly what a history question asks; a past symptom is not a current one.
            // An earlier episode is what "has this happened before" asks.
            (where, counted) = (MentionContext.Historical, (code.StartsWith("hx.", StringComparison.Ordinal) && !NotAnsweredByThePast.Contains(code)) || code == "episode.recurrent");
        }
        else if (NotAnsweredByThePast.Contains(code) && !frame.Negated && DurationSenses.DatedYearsBack(tokens, match.FirstToken))
        {
            (where, counted) = (MentionContext.Historical, false); // "Years ago they removed a bone because of infection"
        }
        else if ((code is FallCode or TraumaCode) && !frame.Negated && PastFall.Dated(tokens, match.FirstToken, today))
        {
            // "She broke her thigh bone in 2009 after a fall" (round 59); "since I fell down the stairs in 1980", "a motorbike crash in
            // 1999" (round 60): major trauma asks, like the fall, about an injury that began this pain.
            (where, counted) = (MentionContext.Historical, false);
        }
        else if (!frame.Negated && PastFever.Applies(code, tokens, match))
        {
            (where, counted) = (MentionContext.Historical, false); // "a fever and diarrhoea which has cleared up now" (round 65)
        }
        else
        {
            where = MentionContext.Current;
        }

        if (finding.Type == FindingType.Choice && frame.Negated)
        {
            counted = false;
        }

        var first = frame.Negated ? Math.Min(frame.NegationFirst, match.FirstToken) : match.FirstToken;
        var last = frame.Negated ? Math.Max(frame.NegationLast, match.LastToken) : match.LastToken;
        return new ExtractedMention(finding, value, tokens[first].Start, tokens[last].End, frame.Negated, where, counted);
    }

    /// <summary>A choice finding's value by its name ("sudden" of episode.onset).</summary>
    public static FindingValue ChoiceValue(FindingDefinition finding, string value) => FindingValue.Of(finding.Values.ToList().IndexOf(value));

    /// <summary>
    /// Whether a further finding a phrase gives (lexicon <c>also</c>) counts: as the phrase's mention does, except that a history
    /// finding counts in the past and what it also tells of this episode does not (round 58: "years ago naproxen did nothing" is a
    /// poor response to anti-inflammatories, not care that has failed now).
    /// </summary>
    public static bool CountedAlso(ExtractedMention mention, FindingDefinition other) =>
        mention.Counted && (mention.Context != MentionContext.Historical || other.Code.StartsWith("hx.", StringComparison.Ordinal));
}
