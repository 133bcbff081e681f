namespace HipSpine.Engine.Tests;

/// <summary>
/// The fiftieth round's recall kind for <c>episode.not_improving_with_care</c>: relief that wore off, told with the pain's
/// return in the same sentence ("the physio helps for a day or two but then it comes back", "gave relief for a few weeks and
/// now the pain is back"). Not relief alone ("helps for a bit", which the writers split on), a return denied, someone
/// else's care, or an earlier episode's. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionReliefWoreOffTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My low back has ached since March. The physio helps for a day or two but then it comes back.")]
    [InlineData("I've had three injections for my hip pain. Each gave relief for a few weeks and now the pain is back.")]
    [InlineData("My back aches. The chiropractor makes it better for a day, then it keeps coming back.")]
    public void Relief_then_the_pain_back_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back aches and the physio helps for a bit.")]
    [InlineData("My back aches. I had acupuncture, which helped for a while, and it never came back.")]
    public void Relief_that_held_does_not_read(string text) => Assert.NotEqual(true, Value(text));

    [Theory]
    [InlineData("My back aches. My wife's physio helped her for a bit but then her pain came back.")]
    [InlineData("My back aches. I used to have physio for sciatica that helped for a while, then it came back.")]
    public void Someone_elses_or_a_past_episodes_care_stays_unread(string text) => Assert.Null(Value(text));
}
