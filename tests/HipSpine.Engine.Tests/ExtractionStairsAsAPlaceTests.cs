namespace HipSpine.Engine.Tests;

/// <summary>
/// The stairs named as the place of a fall, a slip or a load carried, or as a gym machine, are not stairs that make the pain
/// worse (<c>pain.worse_stairs_or_rising</c>); stairs that hurt to climb still are. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionStairsAsAPlaceTests
{
    private static object? Stairs(string text) => ExtractedValue.Of(text, "pain.worse_stairs_or_rising");

    [Theory]
    [InlineData("I slipped on the stairs at the bus depot this morning and my lower back has hurt ever since.")]
    [InlineData("My lower back aches after I tripped on the stairs in the library yesterday.")]
    [InlineData("My lower back started aching after carrying the heavy shopping bags up the stairs.")]
    [InlineData("I did an hour on the stair machine at the gym and now my hip is sore.")]
    public void Stairs_as_a_place_or_a_machine_are_not_an_aggravation(string text) =>
        Assert.Null(Stairs(text));

    [Theory]
    [InlineData("My hip hurts going up the stairs.")]
    [InlineData("Stairs are agony for my lower back.")]
    [InlineData("My back hurts so much I have to crawl up the stairs.")]
    [InlineData("I carry my toddler about all day, and the stairs make my hip ache.")]
    public void Stairs_that_hurt_to_climb_are_still_read(string text) =>
        Assert.Equal(true, Stairs(text));
}
