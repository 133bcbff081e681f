namespace HipSpine.Engine.Tests;

/// <summary>
/// "Can't walk" followed by a distance is a walking distance cut short, not an inability to bear weight
/// (<c>func.cannot_bear_weight</c>); "can't walk at all" and "can't walk even with a stick" still are. The sentences are not
/// from the corpus.
/// </summary>
public sealed class ExtractionWalkedDistanceTests
{
    private static object? CannotBear(string text) => ExtractedValue.Of(text, "func.cannot_bear_weight");

    [Theory]
    [InlineData("My lower back aches and I can't walk half a mile any more without resting.")]
    [InlineData("My hip is so sore that I cant walk even 200 metres before stopping.")]
    [InlineData("With this back pain I can't even walk one block to the shop.")]
    public void A_distance_after_cannot_walk_is_not_an_inability_to_bear_weight(string text) =>
        Assert.Null(CannotBear(text));

    [Theory]
    [InlineData("My hip pain is so bad I can't walk at all.")]
    [InlineData("My back hurts so much that I can't walk even with a stick.")]
    public void Cannot_walk_without_a_distance_is_still_read(string text) =>
        Assert.Equal(true, CannotBear(text));
}
