namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-first round's recall kind for <c>episode.worsening</c>: the pain told to be "getting more frequent", "getting more
/// tender" or "getting more noticeable". Left unread (or denied): "more noticeable at the end of the day" (when, not a course),
/// a denial, and someone else's pain. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWorseningMoreOftenTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My lower back pain comes and goes but it's getting more frequent.")]
    [InlineData("My hip has ached since spring and is slowly getting more tender.")]
    [InlineData("The ache in my lower back keeps getting more noticeable.")]
    public void A_pain_getting_more_frequent_tender_or_noticeable_reads_true(string text) => Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My lower back aches, it's more noticeable at the end of the day.")]
    [InlineData("My lower back aches a bit but it isn't getting more frequent.")]
    [InlineData("My back aches. My husband's back pain is getting more frequent.")]
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Worsening(text));
}
