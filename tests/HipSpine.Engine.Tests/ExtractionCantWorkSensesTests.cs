namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-first round: "can't work" for <c>func.difficulty_walking_standing</c> only as written, not with the "can't"
/// after "work" ("back to work, can't take any more time off") nor over "at work" ("can't concentrate at work"). Both read
/// before the round; "I can't work" and "can't go to work" still read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCantWorkSensesTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My back is agony. I need to get back to work, can't take any more time off.")]
    [InlineData("My back is agony and I cant concentrate at work.")]
    public void Cant_of_something_else_is_not_work_missed(string text) => Assert.NotEqual(true, Value(text));

    [Theory]
    [InlineData("My back is agony and I can't work.")]
    [InlineData("My hip is so bad I can't go to work.")]
    public void Cant_work_still_reads(string text) => Assert.Equal(true, Value(text));
}
