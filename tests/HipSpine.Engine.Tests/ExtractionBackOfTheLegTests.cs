namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-sixth round's kind for <c>where.back_of_thigh</c>: a pain told in or down the back of the leg passes the back of
/// the thigh ("shooting down the back of my left leg", "the backs of both legs ache"). Left as they were: the low back beside a
/// leg ("my back and leg hurt"), the back of the lower leg (the calf), a back of the leg that is only numb, and a denial. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBackOfTheLegTests
{
    private static object? BackOfThigh(string text) => ExtractedValue.Of(text, "where.back_of_thigh");

    [Theory]
    [InlineData("For a month I've had a burning pain shooting down the back of my left leg.")]
    [InlineData("My lower back is sore and the ache runs into the backs of both legs.")]
    [InlineData("It hurts from my bottom down the back of the leg when I sit.")]
    public void A_pain_down_the_back_of_the_leg_is_read(string text) => Assert.Equal(true, BackOfThigh(text));

    [Theory]
    [InlineData("My back and leg hurt when I bend.")] // the low back and a leg, no back of anything
    [InlineData("I get a cramping pain in the back of my lower leg when I walk uphill.")] // the calf
    [InlineData("My back aches. The back of my right leg has gone numb and tingly.")] // only numb
    [InlineData("My back hurts but there is no pain down the back of my leg.")] // denied
    public void Others_are_not_read(string text) => Assert.NotEqual(true, BackOfThigh(text));
}
