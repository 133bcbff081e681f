namespace HipSpine.Engine.Extraction;

/// <summary>
/// Both legs told of with a nerve symptom rather than a pain: "both my legs have gone numb", "now both legs are numb",
/// "pins and needles in both legs", "a rush of pins and needles through both legs". A body site is read only in a sentence
/// that speaks of a symptom (<see cref="MentionRules.SiteIsSpokenOf"/>), and numbness and weakness are not symptom words
/// there ("numb in my lower back" is no place that hurts). But <c>where.both_legs</c> asks about any symptom in both legs
/// (cauda equina, spinal stenosis), and the writers mark it for numbness or weakness as for pain (round 49: of the 15
/// stories of "both legs" with only such a word, 13 are annotated), so for that site alone such a word makes its sentence
/// speak of a symptom. Negation is left to the usual frame: "no weakness in both legs" still denies the site. Not reached:
/// "both legs feel weak", whose "legs" the weakness phrase "legs feel weak" takes (each word belongs to one phrase); the
/// lexicon's longer phrase "both legs feel weak" gives the weakness and the site instead (round 50, neuro.yaml).
/// </summary>
internal static class BothLegsSymptoms
{
    /// <summary>Word beginnings of numbness, tingling, weakness or heaviness ("numbness", "weaker", "tingly", "pins and needles").</summary>
    internal static readonly string[] NervePrefixes = ["numb", "weak", "tingl", "heavy", "heavi", "wobbl", "needles", "paralys"];
}
