using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A foot drop is a weakness of the foot (round 74): the knowledge's <c>neuro.leg_weakness</c> is "leg or foot weakness", and
/// a foot that slaps down or whose toes catch is the muscles that lift the foot failing. The lexicon's foot-drop functions
/// ("can't lift my foot") already give both; its other foot-drop phrases ("my foot drags", "foot drop", "toes catch") gave
/// the drop alone, so a story told only in them had no weakness, and the new weakness (<c>neuro.weakness_new</c>), which the
/// knowledge asks only of a person with a leg weakness, rode on nothing. Over the spent stories 19 of 23 that annotate a
/// foot drop annotate the leg weakness too. So a foot drop read as the person's own, now and affirmed, whose sentence names a
/// leg or foot (held-back 71's "I slapped a mosquito" is no foot), adds the weakness with the same span; a weakness the text
/// already read or denied stands.
/// </summary>
internal static class FootDropIsWeakness
{
    private const string Code = "neuro.leg_weakness";

    public static void Add(List<TextToken> tokens, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && (m.Counted || m.Negated)))
        {
            return;
        }

        var drop = mentions.Find(m => m.Code == "neuro.foot_drop" && m.CountsAsYesNow
            && RecentLegWeakness.NamesALegOrFoot(tokens, RecentLegWeakness.SentenceOf(tokens, m)));
        if (drop is not null)
        {
            mentions.Add(drop with { Finding = finding });
        }
    }
}
