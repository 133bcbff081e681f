namespace HipSpine.Engine.Tests;

/// <summary>
/// Long-term steroids are steroid tablets taken for months: a steroid injection, pack, cream or inhaler, or steroids
/// handed over once, are a treatment tried. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSteroidTreatmentTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("My hip pain is bad and I had two steroid shots in it last year.")] // injections
    [InlineData("The physio suggested a steroid jab for my hip pain.")]
    [InlineData("The GP gave me a steroid pack for my back pain.")]
    [InlineData("I use a steroid inhaler for asthma and my back aches.")]
    [InlineData("My back aches and I put steroid cream on my eczema.")]
    [InlineData("The walk-in clinic gave me steroids for my back pain and they did nothing.")] // handed over once
    [InlineData("For my sciatica I've had steroids, codeine and physio.")]
    public void A_steroid_treatment_tried_is_not_long_term_steroids(string text) =>
        Assert.Null(Value(text, "hx.long_term_steroids"));

    [Theory]
    [InlineData("I've been on prednisone for years for my lungs and my back hurts.", true)]
    [InlineData("I'm on steroids for my arthritis and my back hurts.", true)]
    [InlineData("I've had steroids every day for two years and now my back hurts.", true)] // "had" with how long
    [InlineData("I have never had steroids and my back hurts.", false)] // a denial stays a denial
    public void Steroids_taken_for_a_long_time_are_still_read(string text, bool expected) =>
        Assert.Equal(expected, Value(text, "hx.long_term_steroids"));
}
