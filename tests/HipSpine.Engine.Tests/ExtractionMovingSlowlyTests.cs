namespace HipSpine.Engine.Tests;

/// <summary>
/// "Slowly" said of how the person moves or trains ("walking slowly", "shuffling about slowly", "moving slowly")
/// is no gradual onset (<c>episode.onset</c>); a pain that came on or crept in slowly still is. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionMovingSlowlyTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("My lower back hurts and I am walking very slowly round the house.")]
    [InlineData("My hip is sore, I keep shuffling about slowly at work.")]
    [InlineData("My lower back hurts, and I'm moving slowly today.")]
    public void Slowly_of_moving_or_training_is_no_onset(string text) =>
        Assert.Null(Onset(text));

    [Theory]
    [InlineData("The pain in my lower back came on slowly over a month.")]
    [InlineData("An ache has been creeping in slowly in my hip since the summer.")]
    public void A_pain_that_came_on_slowly_is_a_gradual_onset(string text) =>
        Assert.Equal("gradual", Onset(text));
}
