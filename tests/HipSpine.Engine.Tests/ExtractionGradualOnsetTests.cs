namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirty-fourth round's kind for the onset (<c>episode.onset</c> "gradual"): a pain that "started as" something mild
/// ("a slight ache", "a niggling soreness", "just a mild stiffness") grew from it, and an ache that "crept in" or "crept back"
/// came slowly. A first form that was not mild ("a sharp stabbing pain"), "started with" and another person's pain are not
/// read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionGradualOnsetTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("It started as a slight ache in my hip and has got worse since.")]
    [InlineData("My back started about two months ago as a niggling soreness after gardening.")]
    [InlineData("The pain started as just a mild stiffness in the mornings.")]
    [InlineData("I never had a back problem. It started as a small twinge in my hip and now I limp.")]
    [InlineData("A dull ache crept in over the summer and my back hurts.")]
    [InlineData("The pain crept back into my hip last month.")]
    public void A_mild_first_form_or_a_pain_that_crept_in_is_gradual(string text) => Assert.Equal("gradual", Onset(text));

    [Theory]
    [InlineData("It started as a sharp stabbing pain in my back.")]
    [InlineData("My husband's back pain started as a dull ache.")]
    [InlineData("It started with a dull ache in my side.")]
    public void Not_read(string text) => Assert.Null(Onset(text));
}
