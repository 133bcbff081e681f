namespace HipSpine.Engine.Extraction;

/// <summary>
/// The low back is told of as a place that troubles the person in words other than pain: "my lower back was totally
/// locked", "blew my lower back out", "a nagging lower back", "two herniated discs in my low back", "shocks along my
/// lower back". A body site is read only in a sentence that speaks of a symptom (<see cref="MentionRules.SiteIsSpokenOf"/>),
/// and these words are not symptoms elsewhere ("the door was locked", "I'm not bothered"), so they count as one only for
/// the low back named in their sentence: the low back has no other sense that such a word would fit, where "my knee
/// locked" or "my hip gave out" already have their own findings. The other checks of a site (a test or an operation
/// next to it, the part of another place) still apply.
/// </summary>
internal static class LowBackComplaint
{
    /// <summary>Word beginnings that tell of a troubled low back without a pain word (locking, spasm, injury, nagging).</summary>
    internal static readonly string[] ComplaintPrefixes =
    [
        "lock", "block", "seiz", "jammed", "stuck", "nag", "dodgy", "bother", "shock", "irritat", "herniat", "disc", "blew", "blown",
        "wrench", "flare", "flaring", "trouble", "problem", "playing", "gave", "give", "bits",
        // Round 80: a sensation felt there, or a blade likened to it ("felt it in the small of my back", "like a knife in my
        // lower back"): the low back has no sense in which something is felt in it or stabbed there that is not a complaint.
        "felt", "knife",
    ];
}
