namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-eighth round's recall kind for <c>func.cannot_bear_weight</c>: "I can't (even) stand up" told now and left bare, or
/// with walking or "at all" after it. Left out: standing up straight, for long or properly (a difficulty, which is still read),
/// a moment in the past ("I couldn't stand up"), standing up without trouble, a worry and someone else's. The sentences are not
/// from the corpus.
/// </summary>
public sealed class ExtractionCannotStandUpTests
{
    private static object? Weight(string text) => ExtractedValue.Of(text, "func.cannot_bear_weight");

    [Theory]
    [InlineData("My hip gave a twinge on the stairs and now I can't even stand up.")]
    [InlineData("My back is in agony this morning, I cannot stand up or walk at all.")]
    [InlineData("My left hip is so painful I cant stand up now.")]
    public void Not_standing_up_now_is_read(string text) => Assert.Equal(true, Weight(text));

    [Theory]
    [InlineData("My back aches and I can't stand up straight.")]
    [InlineData("My back hurts and I can't stand up for long at work.")]
    [InlineData("Last week my back went and I couldn't stand up, but today I'm walking again.")]
    [InlineData("My back hurts but I can stand up without any trouble.")]
    [InlineData("My hip aches and I'm worried I can't stand up at all one day.")]
    public void Other_standing_is_not_read(string text) => Assert.NotEqual(true, Weight(text));

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(Weight("My hip aches a little. My dad can't stand up since his stroke."));

    [Fact]
    public void Standing_up_straight_is_still_a_difficulty() =>
        Assert.Equal(true, ExtractedValue.Of("My back aches and I can't stand up straight.", "func.difficulty_walking_standing"));
}
