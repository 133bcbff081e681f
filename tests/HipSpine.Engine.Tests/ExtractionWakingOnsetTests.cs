namespace HipSpine.Engine.Tests;

/// <summary>
/// A pain the person woke with in a night they name, told with no length of time, began today (<c>episode.duration_days</c>
/// 0); the pain waking them (night pain), a morning with no night named, someone else waking, and a story that gives its own
/// length are not read so. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWakingOnsetTests
{
    private static object? Days(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("Woke in the middle of the night with a stabbing pain in my lower back. Can hardly move.")]
    [InlineData("I woke at 4am with a deep ache in my right hip and can't put weight on it.")]
    [InlineData("woke up around 2 am with my back in spasm and a pain down my leg, what do I do")]
    [InlineData("I awoke in the early hours feeling sick. Then a pain started low in my back and it is getting worse.")]
    public void A_pain_woken_with_in_a_named_night_began_today(string text) =>
        Assert.Equal(0, Days(text));

    [Theory]
    [InlineData("The pain in my hip woke me at 3am and it wakes me most nights now.")] // the pain wakes them: night pain
    [InlineData("I woke up one morning with low back pain and it has not gone.")] // no night named
    [InlineData("My husband woke at 5am with a bad pain in his back.")] // someone else
    [InlineData("I woke in the night feeling thirsty and my back is fine.")] // no pain
    public void The_pain_waking_them_a_morning_someone_else_or_no_pain_is_not(string text) =>
        Assert.Null(Days(text));

    [Fact]
    public void A_length_told_wins_over_the_night() =>
        Assert.Equal(14, Days("My back has hurt for 2 weeks. Last night I woke at 3am with the pain much worse."));
}
