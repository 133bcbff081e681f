namespace HipSpine.Engine.Tests;

/// <summary>
/// "Down" that goes somewhere (a feeling running down a leg, getting down a hill, getting food down) is not a low mood
/// (<c>psych.low_mood</c>); feeling down or something getting the person down still is. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionDownAsADirectionTests
{
    private static object? Mood(string text) => ExtractedValue.Of(text, "psych.low_mood");

    [Theory]
    [InlineData("My back aches and there is a burning feeling down the outside of my thigh.")]
    [InlineData("My lower back is sore and I get an electric feeling down into my calf.")]
    [InlineData("My hip hurts so much I need a stick to get down the hill to the shop.")]
    [InlineData("My back is agony and I have been sick, I can hardly get a biscuit down.")]
    public void Down_as_a_direction_is_not_a_low_mood(string text) =>
        Assert.Null(Mood(text));

    [Theory]
    [InlineData("My back has hurt for months and I feel down most days.")]
    [InlineData("My hip pain is really getting me down now.")]
    public void A_low_mood_is_still_read(string text) =>
        Assert.Equal(true, Mood(text));
}
