namespace HipSpine.Engine.Tests;

/// <summary>
/// "Worse than" an earlier time of the same pain is a worsening; "worse than" another place, another activity or an earlier
/// episode is not. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWorseThanBeforeTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My lower back aches and every morning it's a bit worse than the day before.")]
    [InlineData("The pain comes in spasms and each one is worse than the last.")]
    [InlineData("My hip pain is worse than before and I limp now.")]
    [InlineData("The ache in my buttock is much worse than it was at Christmas.")]
    [InlineData("My back is worse than yesterday.")]
    public void Worse_than_an_earlier_time_is_a_worsening(string text) =>
        Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("Both hips ache, the left one worse than the right.")] // two places
    [InlineData("Standing is worse than sitting for my back.")] // two activities
    [InlineData("This back pain is worse than last time I had it.")] // an earlier episode
    [InlineData("My back pain is worse than the last time I had sciatica.")]
    [InlineData("My mum's back is worse than before.")] // someone else's
    public void Worse_than_something_else_is_not_a_worsening(string text) =>
        Assert.Null(Worsening(text));
}
