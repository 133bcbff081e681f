namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventieth round: "standing up" is the rise from a seat or a bed (<c>StandingUpIsRising</c>, a sense check on
/// <c>pain.worse_standing</c> for the lexicon and the list reader), not standing for a while; a length after it ("stand up
/// for long periods") and standing told without "up" are read as before. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionStandingUpIsRisingTests
{
    private static object? Standing(string text) => ExtractedValue.Of(text, "pain.worse_standing");

    [Theory]
    [InlineData("My lower back is killing me. Standing up hurts, and so does rolling over in bed.")]
    [InlineData("My hip is sore. Standing up from the sofa hurts.")]
    [InlineData("My back aches. Lying down hurts, standing up hurts, nothing is comfortable.")]
    [InlineData("My back is stiff and pushing up to stand is painful.")]
    public void Standing_up_is_the_rise_not_standing(string text) => Assert.Null(Standing(text));

    [Theory]
    [InlineData("My lower back aches and standing hurts.")]
    [InlineData("My lower back aches and I can't stand up for long.")]
    [InlineData("My hip aches, standing still is painful.")]
    public void Standing_for_a_while_is_still_read(string text) => Assert.Equal(true, Standing(text));
}
