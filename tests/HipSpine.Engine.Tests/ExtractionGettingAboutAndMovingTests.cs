namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-eighth round's recall kind for <c>func.difficulty_walking_standing</c>: holding on to something "to get about" (a
/// walk named without a word of walking), and hardly able to move "this morning" (a time after "move", not a limb moved). Left
/// out: getting about without holding on, a limb that hardly moves, a denial and someone else's. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionGettingAboutAndMovingTests
{
    private static object? Walking(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My hip has been agony all week and I'm clinging on to the furniture to get about.")]
    [InlineData("My lower back is so bad I lean on my wife when I'm getting around the house.")]
    [InlineData("My back went yesterday and I can hardly move this morning.")]
    [InlineData("My hip is so sore that I can barely move this evening.")]
    public void Getting_about_with_difficulty_is_read(string text) => Assert.Equal(true, Walking(text));

    [Theory]
    [InlineData("My back aches a bit at night but I get about fine.")]
    [InlineData("My back hurts and I can hardly move this leg since it went numb.")]
    [InlineData("My back hurts when I sit, but I can move about the house without holding on to anything.")]
    public void Other_moving_is_not_read(string text) => Assert.NotEqual(true, Walking(text));

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(Walking("My hip aches. My mum holds on to the furniture to get about since her fall."));
}
