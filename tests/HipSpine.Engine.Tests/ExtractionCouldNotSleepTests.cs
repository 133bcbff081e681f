namespace HipSpine.Engine.Tests;

/// <summary>
/// A night the pain would not let the person sleep, told in the past ("couldn't sleep") or as "barely sleeping" or "kept me
/// from sleeping", is night pain (<c>pain.night</c>), as "can't sleep" is; a denial is not. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionCouldNotSleepTests
{
    private static object? Night(string text) => ExtractedValue.Of(text, "pain.night");

    [Theory]
    [InlineData("My hip was so sore last night I couldn't sleep at all.")]
    [InlineData("Lay down on the sofa but couldnt sleep, the ache in my back just got worse.")]
    [InlineData("I'm barely sleeping with this pain in my lower back.")]
    [InlineData("The throbbing in my buttock keeps me from sleeping.")]
    public void A_night_without_sleep_for_the_pain_is_night_pain(string text) =>
        Assert.Equal(true, Night(text));

    [Fact]
    public void A_denial_is_not() =>
        Assert.NotEqual(true, Night("My back aches in the day but it has never kept me from sleeping."));
}
