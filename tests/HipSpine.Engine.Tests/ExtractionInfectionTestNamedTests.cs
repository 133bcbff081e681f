namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-seventh round's precision kind for <c>hx.recent_infection</c>: a flu named as what a test looks for ("the clinic
/// did a flu test, negative") is a test, not an infection had. Near misses that stay read: a flu had last week, a flu-like
/// illness coming on. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionInfectionTestNamedTests
{
    private static object? Infection(string text) => ExtractedValue.Of(text, "hx.recent_infection");

    [Theory]
    [InlineData("My lower back has hurt for a week with a temperature. The clinic did a flu test, negative.")]
    [InlineData("My back aches and I have a fever. Flu tests came back negative twice.")]
    public void A_flu_test_is_no_infection(string text) => Assert.Null(Infection(text));

    [Theory]
    [InlineData("My back started hurting after I had the flu last week.")]
    [InlineData("My back aches since I came down with what feels like flu.")]
    public void A_flu_had_is_still_read(string text) => Assert.Equal(true, Infection(text));
}
