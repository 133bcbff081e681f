namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Had injections, they didn't help at all", "the hospital gave me painkillers but they didn't help": "they" is the care
/// just named, not another person, so care that has not helped is the person's. The context reads "they" as someone else
/// (rightly for "they said it was sciatica"), which set such readings aside; a reading of care that has not helped is taken
/// back as the person's when "they" is the only word of another person before it in its sentence and a care word (a
/// treatment or a medicine, not a doctor or a place) comes before "they" in that sentence.
/// </summary>
internal static class CareCalledThey
{
    private const string Code = "episode.not_improving_with_care";

    /// <summary>Care words that are people or places: "they" after these is who gave the care, not the care.</summary>
    private static readonly string[] Givers = ["doctor", "surgeon", "clinic", "hospital", "emergency", "nurse", "specialist", "gave", "given", "tried", "trying", "appointment"];

    public static void Apply(List<TextToken> tokens, List<ExtractedMention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Code != Code || mention.Context != MentionContext.OtherPerson || mention.Negated || !mention.Value.AsBool)
            {
                continue;
            }

            var at = tokens.FindIndex(t => t.Start == mention.Start);
            if (at < 0)
            {
                continue;
            }

            var sentence = tokens[at].Sentence;
            var they = -1;
            var other = false;
            for (var k = at - 1; k >= 0 && tokens[k].Sentence == sentence; k--)
            {
                if (tokens[k].Lower == "they")
                {
                    they = they < 0 ? k : they;
                }
                else if (ContextTriggers.NamesAnotherPerson(tokens[k].Lower))
                {
                    other = true;
                }
            }

            if (they < 0 || other || !CareBefore(tokens, they, sentence))
            {
                continue;
            }

            mentions[m] = mention with { Context = MentionContext.Current, Counted = true };
        }
    }

    private static bool CareBefore(List<TextToken> tokens, int they, int sentence)
    {
        for (var k = they - 1; k >= 0 && tokens[k].Sentence == sentence; k--)
        {
            if (ModifierRules.NamesCare(tokens[k].Lower) && !WordPrefixes.StartsWithAny(tokens[k].Lower, Givers) && tokens[k].Lower is not ("gp" or "gps" or "dr" or "er"))
            {
                return true;
            }

            if (ModifierRules.NamesABlock(tokens, k)) // "Had nerve blocks, they didn't help" (round 63)
            {
                return true;
            }
        }

        return false;
    }
}
