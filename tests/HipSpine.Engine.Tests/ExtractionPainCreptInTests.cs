namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-seventh round's recall kind for <c>episode.onset</c>: "it crept up" or "it crept in", with "it", "this" or "that" for
/// its subject, tells a gradual onset though its clause names no symptom. Left out: something else that crept up ("my weekly
/// mileage crept up"). The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPainCreptInTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("My right hip aches when I walk. It crept up over the last two years.")]
    [InlineData("My lower back is sore most days. It just crept in, bit by bit.")]
    [InlineData("My buttock hurts when I sit. This crept up on me over the winter.")]
    public void It_crept_up_is_a_gradual_onset(string text) => Assert.Equal("gradual", Onset(text));

    [Fact]
    public void Something_else_that_crept_up_is_no_onset() =>
        Assert.Null(Onset("My hip hurts. My weekly mileage crept up over the summer."));

    [Fact]
    public void A_pain_named_with_crept_is_read_as_before() =>
        Assert.Equal("gradual", Onset("The ache in my hip crept in slowly over a few months."));
}
