namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-ninth round's recall kind for <c>pain.eased_lying_down</c>: lying that eases the pain told with its position between
/// ("Lying flat on the sofa with a cushion under my knees helps", "lying still in bed I'm fine"). Left unread: lying that hurts
/// or makes it worse, relief that was, a denial and someone else's. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLyingEasesTests
{
    private static object? Eased(string text) => ExtractedValue.Of(text, "pain.eased_lying_down");

    [Theory]
    [InlineData("My lower back has ached for a week. Lying flat on the sofa with a cushion under my knees helps.")]
    [InlineData("My hip hurts when I walk, lying still in bed I'm fine.")]
    [InlineData("My back is sore all day. Lying on the carpet or standing eases it.")]
    public void Lying_with_a_position_that_eases_reads_true(string text) => Assert.Equal(true, Eased(text));

    [Theory]
    [InlineData("My back hurts. Lying on my left side at night hurts a lot.")]
    [InlineData("My hip aches. Lying flat on the floor makes it worse.")]
    [InlineData("My back aches. Lying on the sofa was the only comfy way but now that hurts too.")]
    [InlineData("My back hurts. Lying in bed doesn't help at all.")]
    [InlineData("My back hurts. My husband says lying flat on the floor helps his back.")]
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Eased(text));
}
