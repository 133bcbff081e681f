namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-seventh round's precision kind for <c>psych.low_mood</c>: "feeling low" or "feeling down" that places a sensation
/// ("a hot feeling low in my back", "I feel it low down in my belly", "lost feeling down that side", "no feeling from the knee
/// down") is no low mood; feeling low or down in mood is still read, a denial is not read true, and someone else's mood is not
/// read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionFeelingAsASensationTests
{
    private static object? Mood(string text) => ExtractedValue.Of(text, "psych.low_mood");

    [Theory]
    [InlineData("I pulled something at the gym and had a strange burning feeling low in my back all evening.")]
    [InlineData("My hip hurts when I run, and sometimes I feel it low down in my belly as well.")]
    [InlineData("My back went last week and since then I have lost feeling down that side.")]
    [InlineData("My back is agony and I have no feeling from the knee down.")]
    public void A_sensation_and_its_place_is_not_a_low_mood(string text) => Assert.Null(Mood(text));

    [Theory]
    [InlineData("My back has hurt for a year and I'm feeling pretty low about it all.")]
    [InlineData("My hip pain stops me working and I feel so down most days.")]
    [InlineData("My back aches and I've been feeling down in the dumps since Christmas.")]
    public void A_low_mood_is_still_read(string text) => Assert.Equal(true, Mood(text));

    [Fact]
    public void A_denial_is_not_read_true() =>
        Assert.NotEqual(true, Mood("My lower back hurts but I'm not feeling low about it, just annoyed."));

    [Fact]
    public void Someone_elses_mood_is_not_read() =>
        Assert.Null(Mood("My hip hurts when I walk. My husband has been feeling low since he lost his job."));
}
