namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-sixth round's kind for <c>pain.eased_lying_down</c>: lying that brings no relief read as "no" ("even lying down
/// is hard", "worse when I lie down", "it hurts to lie flat"). Left as they were: the evening (the stemmer's "even"), relief after
/// "even", a pain word and lying kept apart by a comma or other words, a past time and someone else's. The sentences are not
/// from the corpus.
/// </summary>
public sealed class ExtractionLyingBringsNoReliefTests
{
    private static object? Eased(string text) => ExtractedValue.Of(text, "pain.eased_lying_down");

    [Theory]
    [InlineData("My lower back has been bad for a fortnight and even lying down is a real effort.")]
    [InlineData("My hip aches all day. I can't even lie flat on the bed.")]
    [InlineData("My back is sore and even lying in bed it throbs.")]
    [InlineData("My back aches most days and it is worse when I lie down.")]
    [InlineData("My left hip is painful. It hurts to lie flat.")]
    [InlineData("My back has gone again, it hurts lying down.")]
    public void Lying_without_relief_reads_false(string text) => Assert.Equal(false, Eased(text));

    [Theory]
    [InlineData("My back aches at work. In the evening I lie down for an hour to rest it.")]
    [InlineData("My back is sore. Even lying down helps a little.")]
    [InlineData("My back hurts when I stand, when I lie down it settles.")]
    [InlineData("The ache gets worse until I lie down at night.")]
    [InlineData("My back hurts even when I'm lying still.")]
    [InlineData("My back hurts now. In the past even lying down was painful.")]
    [InlineData("My back aches. My husband can't even lie flat because of his hip.")]
    public void Others_are_not_read_false(string text) => Assert.NotEqual(false, Eased(text));

    [Fact]
    public void Relief_told_first_still_reads_true() =>
        Assert.Equal(true, Eased("My back aches when I stand, lying flat helps. Even lying down in the day is better than sitting."));
}
