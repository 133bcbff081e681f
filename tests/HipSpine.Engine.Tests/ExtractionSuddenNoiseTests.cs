namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirty-fourth round's second kind for the onset (<c>episode.onset</c> "sudden"): a noise word standing alone as the
/// moment the pain struck ("and BOOM, ...", "then bam, ...", "- BANG, ..."). Not the verb ("didn't fall or bang it", "bang
/// into things"), not a noise heard ("a loud bang"), not another person's pain. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSuddenNoiseTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("I reached for the kettle and BOOM, my lower back seized.")]
    [InlineData("All fine until lunch, then bam, there it was again in my hip.")]
    [InlineData("Was lifting the bin - BANG, agony in my back.")]
    public void A_noise_standing_alone_is_a_sudden_onset(string text) => Assert.Equal("sudden", Onset(text));

    [Theory]
    [InlineData("My hip hurts. I didn't fall or bang it.")]
    [InlineData("My back aches. I banged my head on the cupboard.")]
    [InlineData("My back aches when I bang into things.")]
    [InlineData("There was a loud bang outside and my hip hurts.")]
    [InlineData("My wife bent down and BOOM, her back went.")]
    public void Not_read(string text) => Assert.Null(Onset(text));
}
