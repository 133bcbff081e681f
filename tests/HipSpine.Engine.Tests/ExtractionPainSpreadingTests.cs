namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirty-third round's recall kind for the course: a pain or numbness told to have spread ("has spread", "it's spreading",
/// "had spread") is getting worse; a plain "it spreads into my leg" tells where it goes, and a cancer or an infection that has
/// spread is the disease's. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPainSpreadingTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My lower back hurt first and now the pain has spread down into my left leg.")]
    [InlineData("It began in my buttock and it's spreading round to the front of my hip.")]
    [InlineData("By the weekend the ache had spread all the way to my knee.")]
    [InlineData("The tingling in my foot is spreading up my shin.")]
    public void A_pain_that_has_spread_is_worsening(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back aches and when I walk it spreads into both buttocks.")] // a radiation, not a change
    [InlineData("I have breast cancer that has spread to my spine and my back aches.")] // the disease's spread
    [InlineData("My back hurts but the pain hasn't spread anywhere.")] // denied
    public void A_radiation_a_disease_or_a_denial_is_not(string text) => Assert.Null(Value(text));
}
