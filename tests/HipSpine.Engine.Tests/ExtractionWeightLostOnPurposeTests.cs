namespace HipSpine.Engine.Tests;

/// <summary>
/// The warning sign is unexplained weight loss (<c>systemic.weight_loss</c>): weight lost "on purpose" or
/// "intentionally" is the person saying it is explained, so it is read as the sign denied, not present (a present
/// reading would be a red flag the person did not report). Weight lost "without trying" still is the sign. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWeightLostOnPurposeTests
{
    private static object? WeightLoss(string text) => ExtractedValue.Of(text, "systemic.weight_loss");

    [Theory]
    [InlineData("My hip has ached since spring. I lost 12 kilos over the winter on purpose, cutting out sugar.")]
    [InlineData("I have lost weight intentionally this year and my low back still hurts.")]
    public void Weight_lost_on_purpose_is_not_the_warning_sign(string text) =>
        Assert.Equal(false, WeightLoss(text));

    [Theory]
    [InlineData("My back hurts at night and I have lost weight without trying.")]
    [InlineData("I've lost a stone and I don't know why, and my hip is sore.")]
    public void Weight_lost_unexplained_still_is(string text) =>
        Assert.Equal(true, WeightLoss(text));
}
