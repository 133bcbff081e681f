namespace HipSpine.Engine.Tests;

/// <summary>
/// One sound at the moment of an injury, and a knee or a weak leg that gives way, are not a hip that clicks, locks or catches
/// (<c>pain.clicking_locking_catching</c>); a hip that clicks again and again, and a leg that gave way with no weakness told,
/// still are. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionClickOrGiveWayTests
{
    private static object? Click(string text) => ExtractedValue.Of(text, "pain.clicking_locking_catching");

    [Theory]
    [InlineData("I was pulling the lawnmower cord when my back went click and it has ached ever since.")]
    [InlineData("Moving the wardrobe I heard a click low in my back and now it hurts to bend.")]
    [InlineData("My back aches and my right knee keeps giving way on the stairs.")]
    [InlineData("My hip hurts and both legs feel weak, like jelly, and give way after a few steps.")]
    public void A_single_sound_or_a_weak_leg_is_not_clicking(string text) =>
        Assert.Null(Click(text));

    [Theory]
    [InlineData("My left hip clicks every time I stand up and it aches afterwards.")]
    [InlineData("The hip hurts and it clunks when I climb onto the bus.")]
    [InlineData("My hip aches and my leg gave way under me in the kitchen yesterday.")]
    public void A_hip_that_clicks_or_catches_is_still_read(string text) =>
        Assert.Equal(true, Click(text));
}
