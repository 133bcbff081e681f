namespace HipSpine.Engine.Tests;

/// <summary>
/// A painkiller or rest whose help is denied in the present ("aren't helping", "just doesnt help", "don't even dent it") is
/// pain they do not relieve (<c>pain.unrelieved_by_rest_or_painkillers</c>); help denied in the past (a treatment tried),
/// relief that has worn off ("don't help any more") and an "if" are not read so. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionHelpDeniedNowTests
{
    private static object? Unrelieved(string text) => ExtractedValue.Of(text, "pain.unrelieved_by_rest_or_painkillers");

    [Theory]
    [InlineData("My lower back hurts all day and the codeine isn't helping.")]
    [InlineData("Six weeks of hip pain now, the naproxen just doesnt help.")]
    [InlineData("Sciatica down my left leg and the painkillers dont even dent it.")]
    public void Help_denied_now_leaves_the_pain_unrelieved(string text) =>
        Assert.Equal(true, Unrelieved(text));

    [Theory]
    [InlineData("My back aches. Last spring the GP tried naproxen and it didn't help.")] // a treatment tried, in the past
    [InlineData("My hip has ached for years and the naproxen doesn't help any more.")] // relief that wore off
    [InlineData("My back hurts. If the painkillers aren't helping by Monday should I call?")] // an "if", asked
    public void Help_denied_in_the_past_worn_off_or_asked_is_not(string text) =>
        Assert.Null(Unrelieved(text));
}
