namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventieth round: "suddenly" said of a pain already there turning into something else or going
/// (<c>SuddenChangeOfAPain</c>, a sense check on <c>episode.onset</c>) tells a change or an end, not how the pain began; a pain
/// that suddenly started, a back that suddenly went and the adjective "sudden" are read as before. The sentences are not from
/// the corpus.
/// </summary>
public sealed class ExtractionSuddenChangeOfAPainTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("My hip has ached for a month, and last night it suddenly turned into a stabbing pain.")]
    [InlineData("The sciatica suddenly left after the injection, but my lower back still aches.")]
    [InlineData("My back had been aching for weeks and then the ache suddenly changed to a burning feeling.")]
    public void A_pain_that_suddenly_changed_or_went_is_no_onset(string text) => Assert.Null(Onset(text));

    [Theory]
    [InlineData("My lower back suddenly started hurting on Monday.")]
    [InlineData("I was lifting a box and my back suddenly went.")]
    [InlineData("I have sudden left-sided back pain since this morning.")]
    public void A_pain_that_suddenly_began_is_still_sudden(string text) => Assert.Equal("sudden", Onset(text));
}
