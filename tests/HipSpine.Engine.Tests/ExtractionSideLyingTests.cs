namespace HipSpine.Engine.Tests;

/// <summary>
/// Lying on the back, or the side told as the position that eases the pain, is not pain worse lying on the side
/// (<c>pain.worse_lying_on_side</c>); a side that cannot be lain on still is. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSideLyingTests
{
    private static object? Side(string text) => ExtractedValue.Of(text, "pain.worse_lying_on_side");

    [Theory]
    [InlineData("My lower back hurts and I can't lie flat on my back in bed.")]
    [InlineData("My hip aches and the only position that gives me any peace is lying on my side.")]
    [InlineData("My back aches at night and lying on my right side helps a lot.")]
    [InlineData("Lying on my back is the worst for my hip, so I sleep on my side with a pillow.")]
    public void The_back_or_a_side_that_eases_is_not_worse_on_the_side(string text) =>
        Assert.Null(Side(text));

    [Theory]
    [InlineData("My hip aches and I can't lie on that side at night.")]
    [InlineData("The outside of my hip throbs whenever I lie on my left side.")]
    [InlineData("Nothing helps, and lying on my side hurts my hip.")]
    public void A_side_that_hurts_is_still_read(string text) =>
        Assert.Equal(true, Side(text));
}
