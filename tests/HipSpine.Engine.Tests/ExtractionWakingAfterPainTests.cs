namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-third round: waking with the pain is its sudden onset only when no earlier sentence told of the person's own pain
/// ("I've had low back pain since the spring. This morning I woke up with it much worse" is a flare). Still read: a waking that
/// opens the story, one after a denied pain ("Never had back pain before."), after someone else's pain, or after something that
/// is no pain. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWakingAfterPainTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("I woke up with a sharp pain in my lower back two days ago.")]
    [InlineData("Never had back pain before. Yesterday I woke up with a stabbing pain in my hip.")]
    [InlineData("My husband has had back pain for years. On Monday I woke up with a terrible pain in my back.")]
    [InlineData("I run three times a week. On Sunday I woke up with a burning pain in my buttock.")]
    public void A_waking_with_no_pain_before_is_the_onset(string text) => Assert.Equal("sudden", Onset(text));

    [Theory]
    [InlineData("My lower back has been aching for about six months. Last night I woke up with it much worse.")]
    [InlineData("The physio has not helped the pain in my hip. This morning I woke up and could hardly move.")]
    public void A_waking_after_the_pain_is_told_is_not_the_onset(string text) => Assert.NotEqual("sudden", Onset(text));
}
