namespace HipSpine.Engine.Tests;

/// <summary>
/// "I can't walk at all" told of pain is difficulty walking or standing (<c>func.difficulty_walking_standing</c>) as well as
/// not bearing weight (<c>func.cannot_bear_weight</c>), as the spent stories annotate it (round 42); told in a story of legs
/// gone weak or paralysed it stays the inability alone, the legs' loss. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWalkAtAllTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    private static object? BearWeight(string text) => ExtractedValue.Of(text, "func.cannot_bear_weight");

    [Theory]
    [InlineData("My back gave out when I lifted the box and I can't walk at all.")]
    [InlineData("The ache in my left hip flared on Friday and since then I couldn't walk at all.")]
    [InlineData("On the bad days my lower back locks and I cannot walk at all.")]
    public void Cant_walk_at_all_from_pain_is_difficulty_as_well(string text)
    {
        Assert.Equal(true, Difficulty(text));
        Assert.Equal(true, BearWeight(text));
    }

    [Theory]
    [InlineData("This afternoon both my legs went weak and now I can't walk at all.")]
    [InlineData("After the infection in my spine I am paralysed below the chest and can't walk at all.")]
    public void Cant_walk_at_all_with_weak_or_paralysed_legs_is_the_inability_alone(string text)
    {
        Assert.Null(Difficulty(text));
        Assert.Equal(true, BearWeight(text));
    }
}
