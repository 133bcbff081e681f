namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-sixth round's precision kind for <c>episode.onset</c>: "straight away" that times something other than the pain
/// coming on (knowing it at once, "came back straight away", a habit told with "almost") is no sudden onset; a pain that came
/// at once still reads sudden, a denied one is not read sudden, and someone else's is not read. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionStraightAwayElsewhereTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("My lower back started hurting on Monday and I knew straight away it was bad.")]
    [InlineData("My lower back pain is new, I knew straight away it was bad.")]
    [InlineData("Physio sorted it last year but this time it came back straight away after my holiday.")]
    [InlineData("My back hurts whenever I stand, I have to sit down almost straight away.")]
    public void Straight_away_of_something_else_is_not_read(string text) => Assert.Null(Onset(text));

    [Theory]
    [InlineData("I bent down and straight away got a sharp pain in my back.")]
    [InlineData("I lifted a box and my back went straight away.")]
    public void A_pain_that_came_at_once_still_reads_sudden(string text) => Assert.Equal("sudden", Onset(text));

    [Fact]
    public void A_denied_one_is_not_read_sudden() =>
        Assert.NotEqual("sudden", Onset("The pain in my hip didn't come on straight away, it built up over the day."));

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(Onset("My back hurts. My husband's back went straight away when he lifted the sofa."));
}
