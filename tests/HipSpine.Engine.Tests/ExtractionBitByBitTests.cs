namespace HipSpine.Engine.Tests;

/// <summary>
/// "Bit by bit" tells a gradual onset (<c>episode.onset</c> "gradual") as "little by little" does; denied ("not bit by bit")
/// it is not read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBitByBitTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("Since the spring my hip has started to ache, bit by bit, and now I limp.")]
    [InlineData("My lower back has been stiffening up bit by bit over the winter.")]
    public void Bit_by_bit_is_a_gradual_onset(string text) =>
        Assert.Equal("gradual", Onset(text));

    [Fact]
    public void A_denied_bit_by_bit_is_not_gradual() =>
        Assert.NotEqual("gradual", Onset("The pain in my back hit me all at once, not bit by bit."));
}
