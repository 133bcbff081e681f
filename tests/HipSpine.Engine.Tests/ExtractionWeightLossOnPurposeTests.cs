namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-fifth round's second kind: weight lost as a goal ("to lose weight"), as advice ("told me to lose some weight"),
/// as care with its verdict ("losing weight helped", "lost weight, made no difference") or weight put on is not
/// <c>systemic.weight_loss</c>. Still read: weight lost without trying, a loss told as having happened; a denial stays a
/// denial and someone else's loss stays unread. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWeightLossOnPurposeTests
{
    private static object? WeightLoss(string text) => ExtractedValue.Of(text, "systemic.weight_loss");

    [Theory]
    [InlineData("My lower back aches after work. I joined a running club to lose weight.")]
    [InlineData("My hip hurts when I climb stairs. The GP told me to lose some weight.")]
    [InlineData("My back hurts. I'm trying hard to lose weight this year.")]
    [InlineData("My knees and lower back ache. Losing weight helped a little but the pain is back.")]
    [InlineData("My back aches. I lost weight, made no difference to the pain.")]
    [InlineData("My back hurts. Since the baby I've put on a lot of weight and lost my strength.")]
    public void Weight_lost_on_purpose_or_gained_is_not_read(string text) => Assert.Null(WeightLoss(text));

    [Theory]
    [InlineData("My lower back hurts at night and I've lost weight without trying.")]
    [InlineData("My back aches all the time, I'm off my food and I keep losing weight.")]
    [InlineData("My back has hurt for two months and I've lost a stone since the summer.")]
    [InlineData("My back aches. I've lost weight and the painkillers don't help.")]
    public void Weight_lost_without_trying_is_read(string text) => Assert.Equal(true, WeightLoss(text));

    [Theory]
    [InlineData("My lower back hurts. No fevers and I haven't lost any weight.")]
    public void A_denied_loss_stays_denied(string text) => Assert.Equal(false, WeightLoss(text));

    [Theory]
    [InlineData("My back hurts. My husband has lost weight without trying.")]
    public void Someone_elses_loss_is_not_read(string text) => Assert.Null(WeightLoss(text));
}
