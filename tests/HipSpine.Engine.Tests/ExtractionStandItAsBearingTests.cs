namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-seventh round's precision kind for <c>func.difficulty_walking_standing</c>: "can hardly stand it", "can barely
/// stand it" tell how bad the pain is (bearing it), not difficulty standing; standing that is hard is still read, "when I try to
/// stand it shoots down my leg" is still standing, and someone else's difficulty is not read. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionStandItAsBearingTests
{
    private static object? Standing(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My buttock throbs so much when I drive that I can hardly stand it.")]
    [InlineData("The pain in my hip is so bad at night I can barely stand it, and the tablets do nothing.")]
    public void Bearing_the_pain_is_not_difficulty_standing(string text) => Assert.Null(Standing(text));

    [Theory]
    [InlineData("My back is so stiff in the mornings that I can hardly stand up straight for an hour.")]
    [InlineData("My hip is worse this week and I can barely stand for more than a few minutes.")]
    public void Difficulty_standing_is_still_read(string text) => Assert.Equal(true, Standing(text));

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(Standing("My back aches a little. My mum can hardly stand since her fall."));
}
