namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-sixth round's phrase for <c>func.difficulty_walking_standing</c>: walking that is no longer normal told as "can't
/// walk normally" (beside the older "can't walk properly"). Left as they were: walking told as normal, and "normally" as a habit
/// before the inability. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCannotWalkNormallyTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My hip has been grinding for months and now I can't walk normally.")]
    [InlineData("The pain in my lower back is so bad that I cannot walk normally any more.")]
    public void Cannot_walk_normally_is_read(string text) => Assert.Equal(true, Difficulty(text));

    [Theory]
    [InlineData("My back aches at night but I'm walking normally.")]
    [InlineData("My back aches at night. I can walk normally and run a little.")]
    public void Walking_told_as_normal_is_not_read(string text) => Assert.NotEqual(true, Difficulty(text));
}
