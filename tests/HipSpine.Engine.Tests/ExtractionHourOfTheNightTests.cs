namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-seventh round's precision kind for <c>pain.night</c>: "it's the middle of the night" tells the hour of writing and
/// a day of the week before "night" dates one night ("Tuesday night the pain spread"), neither is night pain; pain that comes
/// at night, a waking in the middle of the night with the pain, and "every night" of the pain are still read, a denial is not
/// read true, and someone else's night pain is not read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionHourOfTheNightTests
{
    private static object? Night(string text) => ExtractedValue.Of(text, "pain.night");

    [Theory]
    [InlineData("My lower back has been agony all day and it's the middle of the night now.")]
    [InlineData("It's the middle of the night and I'm sitting in the walk-in centre with my hip.")]
    [InlineData("My back was sore after the move. Tuesday night the pain spread into my left buttock.")]
    public void The_hour_or_a_dated_night_is_not_night_pain(string text) => Assert.Null(Night(text));

    [Theory]
    [InlineData("My hip is worse at night and I can't get comfortable.")]
    [InlineData("I woke in the middle of the night with a stabbing pain in my back.")]
    [InlineData("My back throbs every night and I lie awake with it.")]
    public void Night_pain_is_still_read(string text) => Assert.Equal(true, Night(text));

    [Fact]
    public void A_denial_is_not_read_true() =>
        Assert.NotEqual(true, Night("My hip hurts when I walk but it never bothers me at night."));

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(Night("My back aches a bit. My husband's hip keeps him awake at night."));
}
