namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-fifth round's fifth kind: "depressing" says what a situation is like, not the person's low mood. Still read: "I'm
/// depressed", "my depression"; a denial stays a denial, and someone else's low mood stays unread. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionDepressingTests
{
    private static object? LowMood(string text) => ExtractedValue.Of(text, "psych.low_mood");

    [Theory]
    [InlineData("My hip hurts when I walk. The waiting list is a year long, which is depressing.")]
    [InlineData("My lower back aches after football. It's so depressing watching the lads play without me.")]
    public void Depressing_of_a_situation_is_not_read(string text) => Assert.Null(LowMood(text));

    [Theory]
    [InlineData("My back has hurt for a year and I'm depressed about it.")]
    [InlineData("My hip aches all the time and my depression is worse.")]
    public void A_low_mood_is_still_read(string text) => Assert.Equal(true, LowMood(text));

    [Theory]
    [InlineData("My back hurts but I'm not depressed.")]
    public void A_denial_stays_a_denial(string text) => Assert.Equal(false, LowMood(text));

    [Theory]
    [InlineData("My back hurts. My wife has been depressed since her operation.")]
    public void Someone_elses_low_mood_is_not_read(string text) => Assert.Null(LowMood(text));
}
