namespace HipSpine.Engine.Tests;

/// <summary>
/// Carried or helped along by others ("my brother had to carry me", "two nurses had to help me") is the person's own
/// difficulty walking or standing (<c>func.difficulty_walking_standing</c>), though another person is the subject (round 42);
/// carrying something else is not. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCarriedTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My lower back seized at the market and my brother had to carry me back to the van.")]
    [InlineData("The pain in my hip was so bad on the hike that two friends had to help me down the hill.")]
    public void Carried_or_helped_by_others_is_difficulty_walking(string text) =>
        Assert.Equal(true, Difficulty(text));

    [Theory]
    [InlineData("My lower back aches since I had to carry the boxes up to the attic.")]
    [InlineData("My hip hurts and my son had to help me with the forms for the clinic appointment, which was kind.")]
    public void Carrying_something_else_is_not(string text) =>
        Assert.Null(Difficulty(text));
}
