namespace HipSpine.Engine.Tests;

/// <summary>
/// "Sudden" of events told as many ("sudden jolts", "sharp sudden pains") or as a habit in the present ("my knee suddenly gives
/// way") is the pain's character, not how it began (<c>episode.onset</c>); one event told in the past still is. The sentences
/// are not from the corpus.
/// </summary>
public sealed class ExtractionSuddenAsAHabitTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("My lower back aches all day and I get sudden shocks down my right leg.")]
    [InlineData("For a month I've had sharp sudden pains in my left buttock.")]
    [InlineData("My hip hurts and every so often it suddenly locks when I walk.")]
    [InlineData("My back is sore most days, then suddenly there are good days with no pain.")]
    [InlineData("I have low back pain and sudden twinges in my groin when I turn.")]
    public void Sudden_events_told_as_many_or_as_a_habit_are_no_onset(string text) =>
        Assert.Null(Onset(text));

    [Theory]
    [InlineData("Three days ago I got a sudden pain in my lower back.")]
    [InlineData("Last week my hip suddenly started hurting.")]
    [InlineData("I bent down and got a sudden sharp pain in my back.")]
    [InlineData("My back suddenly went while I was lifting a box.")]
    public void One_sudden_event_in_the_past_is_a_sudden_onset(string text) =>
        Assert.Equal("sudden", Onset(text));
}
