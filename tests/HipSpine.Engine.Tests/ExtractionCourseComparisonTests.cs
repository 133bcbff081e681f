namespace HipSpine.Engine.Tests;

/// <summary>
/// The twelfth round's course told by comparison (`WorseningWords`, "at first" in `ContextAnnotator`): "is worse" against an
/// earlier time is the pain getting worse, and "at first" opening its part dates what follows it. The sentences are not
/// from the corpus.
/// </summary>
public sealed class ExtractionCourseComparisonTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("My hip has hurt for a year and since the summer it's much worse.", true)]
    [InlineData("Now my back pain is worse and I can't sleep.", true)]
    [InlineData("Back pain on and off for years, but the past few weeks it has been worse.", true)]
    [InlineData("Now my back is worse when I walk.", null)] // what aggravates it
    [InlineData("My back hurts now, worse at night.", null)] // the time of day
    [InlineData("Both hips ache now, the left is worse than the right.", null)] // two sides compared
    [InlineData("My back is worse than my hip.", null)] // no earlier time
    public void Worse_against_an_earlier_time_is_the_pain_getting_worse(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "episode.worsening"));

    [Theory]
    [InlineData("My buttock pain is getting worse - at first it came and went, now it's there all the time.", true)]
    [InlineData("My groin is getting worse, though it was mild at first.", true)]
    public void At_first_opening_its_part_dates_what_follows(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "episode.worsening"));
}
