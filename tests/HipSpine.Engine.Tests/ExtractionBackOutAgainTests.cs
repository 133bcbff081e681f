namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-fourth round's recall kind for <c>episode.recurrent</c>: the back put out, gone out or done in "again" ("I've put
/// my back out again", "my lower back has gone out again", "Thrown my back out again"), and the back hurt "before" with the
/// times told by what set them off ("I've ricked it before reaching into the boot"). Not the pain gone away again, a denial,
/// someone else's back or a worry. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBackOutAgainTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("My hip is fine but I've put my back out again, bending to the dishwasher.")]
    [InlineData("Ugh, my lower back has gone out again after gardening.")]
    [InlineData("Thrown my back out again. Can barely stand.")]
    [InlineData("I've ricked it before reaching into the boot and lifting the baby.")]
    public void The_back_gone_again_or_before_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back hurt for two days last week but it's gone again now.")]
    [InlineData("I've never put my back out before, this is new.")]
    [InlineData("My husband has put his back out again.")]
    [InlineData("If I lift that sofa I'll have done my back in again.")]
    public void Gone_away_denied_someone_elses_or_a_worry_is_not_read(string text) => Assert.NotEqual(true, Value(text));
}
