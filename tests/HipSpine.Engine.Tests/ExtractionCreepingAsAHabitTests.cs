namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-seventh round's precision kind for <c>episode.onset</c>: creeping in the present ("the pain creeps up to a 4 by the
/// evening"), kept up ("the ache keeps creeping up") or along a path ("the pain creeps into my whole day") is what the pain does,
/// not how it began. Near misses that stay gradual: "it started to creep in", "I've felt it creeping in slowly", "crept in slowly".
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCreepingAsAHabitTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("My hip hurts when I run. The pain creeps up to a 4 by the evening.")]
    [InlineData("My back has ached for years and the ache keeps creeping up.")]
    [InlineData("My hip has hurt since June and the pain creeps into my whole day.")]
    public void Creeping_as_a_habit_or_a_path_is_no_onset(string text) => Assert.Null(Onset(text));

    [Theory]
    [InlineData("The pain in my hip started to creep in after the marathon.")]
    [InlineData("I've felt it creeping in slowly for about two weeks, the pain in my right buttock.")]
    [InlineData("The ache in my hip crept in slowly over a few months.")]
    public void A_creeping_beginning_stays_gradual(string text) => Assert.Equal("gradual", Onset(text));
}
