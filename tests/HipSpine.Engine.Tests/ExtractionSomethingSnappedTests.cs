namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-eighth round's recall kind for <c>episode.onset</c>: a moment told by what was felt ("felt something give") or by
/// what gave way inside ("something snapped in my lower back") is a sudden onset, as "felt something snap" already was. A person
/// who snapped at someone tells no onset, and a pain that built up slowly is still gradual. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionSomethingSnappedTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("I was serving at tennis when something snapped in my lower back.")]
    [InlineData("I bent down to lift the box and felt something give in my back.")]
    [InlineData("I was lifting weights and felt something give.")]
    public void Something_that_snapped_or_gave_is_a_sudden_onset(string text) => Assert.Equal("sudden", Onset(text));

    [Fact]
    public void Snapping_at_someone_is_no_onset() => Assert.Null(Onset("My back pain is so bad that I snapped at my kids."));

    [Fact]
    public void A_pain_that_built_up_slowly_is_still_gradual() =>
        Assert.Equal("gradual", Onset("The pain in my hip has built up slowly over the months."));
}
