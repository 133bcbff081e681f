namespace HipSpine.Engine.Tests;

/// <summary>
/// Care that "didn't shift it" or "didnt touch it", typed with or without the apostrophe, has not helped (round 79); care
/// must still be named, and "didnt help" with what it failed to help after it stays unread. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionCareDidntShiftOrTouchTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My lower back aches. Two sessions of physio didnt shift it.")]
    [InlineData("My hip hurts. I took my usual painkillers but they didnt touch it.")]
    [InlineData("My back is sore. The tablets the GP gave me didn't shift it.")]
    public void Care_that_didnt_shift_or_touch_the_pain_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back hurts. I took ibuprofen, which probably didnt help my stomach.")] // it failed to help something else
    [InlineData("My back aches after the move. We didnt shift the sofa in the end.")] // no care named
    [InlineData("My back aches. The cold didnt touch it.")] // no care named
    public void Other_things_not_shifted_or_helped_do_not_read(string text) => Assert.Null(Value(text));
}
