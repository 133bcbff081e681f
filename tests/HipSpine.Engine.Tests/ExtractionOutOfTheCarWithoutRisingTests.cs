namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-eighth round's precision kind for <c>pain.worse_stairs_or_rising</c>: the bare "out of the car" is the rise from a
/// car seat only when the person gets, climbs or steps out; a child or the shopping lifted out of the car and a walk out to the
/// car are no rising. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionOutOfTheCarWithoutRisingTests
{
    private static object? Rising(string text) => ExtractedValue.Of(text, "pain.worse_stairs_or_rising");

    [Theory]
    [InlineData("Lifting my toddler out of her car seat hurts my back.")]
    [InlineData("I hurt my back lifting the shopping out of the back of the car.")]
    [InlineData("Since my back went, even walking out to the car is a struggle.")]
    public void A_load_lifted_out_or_a_walk_to_the_car_is_no_rising(string text) => Assert.Null(Rising(text));

    [Theory]
    [InlineData("My hip hurts when I get out of the car.")]
    [InlineData("Climbing out of the car after a long drive is agony for my hip.")]
    [InlineData("When I step out of the car my groin catches and hurts.")]
    [InlineData("I have to haul myself out of the car, my hip is so stiff.")]
    public void Getting_out_of_the_car_is_still_read(string text) => Assert.Equal(true, Rising(text));
}
