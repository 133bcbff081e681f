namespace HipSpine.Engine.Tests;

/// <summary>
/// The eleventh round's symptom words in an idiom or a verb sense (`IdiomSenses`): each has a sentence that must not give
/// the finding and a look-alike that still must. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionIdiomSenseTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("It happened just like clicking your fingers, my hip gave out.", null)] // "at once"
    [InlineData("Quick as a click of the fingers my leg went weak.", null)]
    [InlineData("My lower back locked up and I couldn't straighten.", null)] // a back in spasm, not the hip
    [InlineData("My hip keeps clicking when I climb stairs.", true)]
    [InlineData("My hip locks and I have to wiggle it free.", true)]
    [InlineData("My back hurts and my hip locks when I stand up.", true)]
    public void A_click_or_a_lock_of_something_else_is_not_the_hip(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.clicking_locking_catching"));

    [Theory]
    [InlineData("My hip has been bugging me for a month.", null)] // to bother
    [InlineData("It bugged me all through the holiday, this hip.", null)]
    [InlineData("I had a tummy bug last week and now my back aches.", true)]
    public void Bugging_is_bothering_not_a_bug(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "hx.recent_infection"));
}
