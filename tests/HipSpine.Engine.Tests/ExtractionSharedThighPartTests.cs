namespace HipSpine.Engine.Tests;

/// <summary>
/// The back of the thigh named beside another side of it ("the back and outside of my thigh") or through words the
/// lexicon's phrases do not hold ("the backs of both thighs") is where it hurts; a back of the thigh that is only numb, or
/// denied, is not. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSharedThighPartTests
{
    private static object? BackOfThigh(string text) => ExtractedValue.Of(text, "where.back_of_thigh");

    [Theory]
    [InlineData("My buttock aches and the pain runs down the back and outside of my right thigh.")]
    [InlineData("Sharp pain down the back and the outside of my left thigh when I walk.")]
    [InlineData("My lower back pain spreads into the backs of both thighs.")]
    [InlineData("It hurts at the back and front of my thigh after cycling.")]
    public void The_back_of_the_thigh_shared_with_another_side_is_read(string text) =>
        Assert.Equal(true, BackOfThigh(text));

    [Theory]
    [InlineData("The backs of both thighs have gone numb and tingly.")] // only numb
    [InlineData("My buttock hurts. There is no pain in the back and outside of my thigh.")] // denied
    [InlineData("My back and my thighs are sore after the gym.")] // the back itself, no side of the thigh
    public void A_numb_or_denied_back_of_thigh_is_not(string text) =>
        Assert.NotEqual(true, BackOfThigh(text));
}
