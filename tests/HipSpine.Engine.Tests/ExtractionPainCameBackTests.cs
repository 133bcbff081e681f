namespace HipSpine.Engine.Tests;

/// <summary>
/// The pain "came back" at a later time, or worse, is a new episode (<c>episode.recurrent</c>); the pain resuming within the
/// episode after a rest or a treatment wore off, a scan that "came back", or a return feared or asked about are not. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPainCameBackTests
{
    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("My hip hurt for a month last spring and settled. Five months ago it came back and I limp again.")]
    [InlineData("Physio fixed my low back in 2021. In 2024 the pain came back.")]
    [InlineData("The sciatica went away with rest, then it came back worse than ever.")]
    [InlineData("Massage helped my back for a while but it came back and much worse.")]
    [InlineData("For the last 3 years it has come back with a vengeance, my lower back is agony.")]
    [InlineData("I had buttock pain in June that cleared up. Two weeks later the pain came back.")]
    public void A_return_dated_later_or_worse_is_a_recurrence(string text) =>
        Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("My back eases when I sit, but as soon as I stand it came back.")] // the same episode, within a day
    [InlineData("The injection helped my back for a while, then the pain came back.")] // relief that wore off
    [InlineData("My MRI came back normal last week and my back still hurts.")] // a scan
    [InlineData("My back hurts. I came back from holiday two weeks ago.")] // the person came back
    [InlineData("I'm scared the pain in my back will come back next year.")] // a fear
    [InlineData("Two months ago my back pain started. Could it come back worse?")] // a question
    public void A_return_within_the_episode_or_of_something_else_is_not(string text) =>
        Assert.Null(Recurrent(text));
}
