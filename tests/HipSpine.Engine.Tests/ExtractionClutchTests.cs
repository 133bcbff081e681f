namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-fourth round's precision kind for <c>func.difficulty_walking_standing</c>: a car's clutch is no crutch (the
/// spelling corrector folded "clutch" onto "crutch", a walking aid, one letter away); crutches named still read. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionClutchTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My left knee aches when I press the clutch in traffic.")]
    [InlineData("My back hurts, worse driving, every time I push the clutch down.")]
    public void A_clutch_is_no_walking_aid(string text) => Assert.Null(Value(text));

    [Theory]
    [InlineData("My hip hurts so much I'm on crutches.")]
    [InlineData("My hip went last week and I'm on crutchs.")]
    public void Crutches_still_read(string text) => Assert.Equal(true, Value(text));
}
