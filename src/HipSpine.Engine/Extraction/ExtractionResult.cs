using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>Why a mention does or does not count as a finding (ConText's temporality, certainty and experiencer).</summary>
public enum MentionContext
{
    /// <summary>About the person, now: it counts.</summary>
    Current,

    /// <summary>Something in the past ("I had sciatica years ago"): counts only for history findings.</summary>
    Historical,

    /// <summary>A worry or a possibility ("I'm scared it's cancer"): never a finding.</summary>
    Hypothetical,

    /// <summary>About someone else ("my dad has arthritis"): not the person's finding.</summary>
    OtherPerson,
}

/// <summary>
/// One place in the text that speaks of a finding: the value it gives, its UTF-16 span (end exclusive),
/// whether it was negated, and its context. Only <see cref="Counted"/> mentions make findings.
/// </summary>
public sealed record ExtractedMention(FindingDefinition Finding, FindingValue Value, int Start, int End, bool Negated, MentionContext Context, bool Counted)
{
    public string Code => Finding.Code;

    /// <summary>A counted yes about the person, now: what the readers that build on an earlier reading (a new or worsening weakness) ride on.</summary>
    internal bool CountsAsYesNow => Counted && !Negated && Value.AsBool && Context == MentionContext.Current;
}

/// <summary>Which side hurts, where the text says so. Not a vocabulary finding: shown to the person and reported beside the findings.</summary>
public sealed record SideMention(BodySide Side, int Start, int End);

/// <summary>The side of the pain.</summary>
public enum BodySide
{
    Left,
    Right,
    Both,
}

/// <summary>What was understood from a text: findings in vocabulary order, every mention, and the side.</summary>
public sealed record ExtractionResult(
    IReadOnlyList<(FindingDefinition Finding, FindingValue Value)> Findings,
    IReadOnlyList<ExtractedMention> Mentions,
    SideMention? Side)
{
    /// <summary>A finding's value as JSON writes it: true/false, a number, or the choice's text.</summary>
    public static object ValueOf(FindingDefinition finding, FindingValue value)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Type switch
        {
            FindingType.Bool => value.AsBool,
            FindingType.Int => value.Number,
            FindingType.Choice => finding.Values[value.Number],
            _ => throw new ArgumentOutOfRangeException(nameof(finding)),
        };
    }
}
