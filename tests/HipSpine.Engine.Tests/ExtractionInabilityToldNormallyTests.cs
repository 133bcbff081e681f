namespace HipSpine.Engine.Tests;

/// <summary>
/// A red flag told as an inability ("can't pee") followed by "normally" or "properly" is the inability, not a denial: the
/// lay normality cue is NegEx's post-negation "normal", which read "I can't pee normally" as a denied bladder change (a
/// red-flag polarity error). A cue after a comma may speak of something else, so it neither affirms nor denies; a plain
/// normality statement still denies. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionInabilityToldNormallyTests
{
    private static object? Bladder(string text) => ExtractedValue.Of(text, "neuro.bladder_change");

    [Theory]
    [InlineData("My back is agony and I can't pee normally.")]
    [InlineData("Since Tuesday I cant pee properly.")]
    [InlineData("Low back pain and now I cannot pee normally")]
    public void An_inability_told_normally_or_properly_is_present(string text) => Assert.Equal(true, Bladder(text));

    [Theory]
    [InlineData("My back hurts. I can't pee, normally I'd go twice a night.")]
    [InlineData("My back hurts. I cant pee - that's gone now.")]
    public void A_cue_after_a_comma_neither_affirms_nor_denies(string text) => Assert.Null(Bladder(text));

    [Theory]
    [InlineData("My back hurts but I can pee normally.")]
    [InlineData("My back hurts. Bladder is fine.")]
    [InlineData("My back hurts, no trouble passing urine.")]
    public void A_plain_normality_statement_still_denies(string text) => Assert.Equal(false, Bladder(text));
}
