namespace HipSpine.Engine.Tests;

/// <summary>
/// "Nothing (they give me, I take) touches it" and "nothing gives any relief" are pain the painkillers do not relieve
/// (<c>pain.unrelieved_by_rest_or_painkillers</c>): the "nothing" stands for what is taken. "Nothing" touching something
/// other than the pain, "nothing helps" and a denied or asked one are not read so. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionNothingRelievesTests
{
    private static object? Unrelieved(string text) => ExtractedValue.Of(text, "pain.unrelieved_by_rest_or_painkillers");

    [Theory]
    [InlineData("My lower back has been agony since Sunday and nothing the clinic gives me touches it.")]
    [InlineData("Sciatica down my right leg for three weeks, nothing I buy is touching it.")]
    [InlineData("The hip pain is relentless and nothing really touches the pain.")]
    [InlineData("My back spasms on and off all day and nothing gives me any relief.")]
    public void Nothing_that_touches_the_pain_leaves_it_unrelieved(string text) =>
        Assert.Equal(true, Unrelieved(text));

    [Theory]
    [InlineData("My back aches after gardening and nothing touched my hay fever this year.")] // something else
    [InlineData("My hip hurts when I walk. I tried lying on each side and nothing helps.")] // positions, not painkillers
    [InlineData("My back hurts. What if nothing they give me touches it?")] // a worry asked
    public void Nothing_of_something_else_or_asked_is_not(string text) =>
        Assert.Null(Unrelieved(text));
}
