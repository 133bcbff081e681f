namespace HipSpine.Engine.Tests;

/// <summary>
/// "For no reason", "out of the blue" and "nothing happened" said of another complaint (tiredness, a rash, the bladder) and no
/// pain deny no injury (<c>hx.fall_or_minor_injury</c>); said of the pain they still do. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionNoCauseElsewhereTests
{
    private static object? Fall(string text) => ExtractedValue.Of(text, "hx.fall_or_minor_injury");

    [Theory]
    [InlineData("My lower back has ached for weeks, and I feel exhausted every day for no reason.")]
    [InlineData("Last year I broke my wrist and then came out in a rash out of the blue. Now my hip hurts.")]
    [InlineData("My back is sore. In the night I needed to pee but nothing happened.")]
    public void No_cause_said_of_another_complaint_denies_no_injury(string text) =>
        Assert.Null(Fall(text));

    [Theory]
    [InlineData("My lower back started hurting for no reason last week.")]
    [InlineData("Out of the blue I got a sharp pain in my hip.")]
    [InlineData("I didn't fall or twist it, nothing happened, the pain in my back just came.")]
    public void No_cause_said_of_the_pain_denies_an_injury(string text) =>
        Assert.Equal(false, Fall(text));
}
