namespace HipSpine.Engine.Tests;

/// <summary>
/// The pain told in the past to be worse at a later time ("the next day it was worse", "that evening the ache was even
/// worse", "Saturday I felt worse") is a worsening; "was worse" with no later time, with what aggravates it or with a
/// comparison after it is not. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWorseOnALaterDayTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My hip ached after the walk. The next day it was even worse.")]
    [InlineData("I pulled something lifting a box. That evening the pain in my lower back was way worse.")]
    [InlineData("It twinged at work on Thursday, and Saturday I felt worse.")]
    [InlineData("I hoped it would ease by morning but by morning it was worse.")]
    public void A_pain_worse_at_a_later_time_is_a_worsening(string text) =>
        Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My lower back was sore for a week. It was worse when I sat down.")]
    [InlineData("My back hurt after the gym. An hour later it was worse.")]
    [InlineData("The next day my left hip was worse than my right.")]
    [InlineData("My back ached on Friday. The next day it was no worse.")]
    [InlineData("My back ached on Friday. The following week it was worse in the mornings.")]
    public void A_past_worse_without_a_later_time_or_with_a_condition_is_not(string text) =>
        Assert.Null(Worsening(text));
}
