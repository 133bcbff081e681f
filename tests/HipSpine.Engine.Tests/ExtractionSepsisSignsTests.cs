namespace HipSpine.Engine.Tests;

/// <summary>
/// The UK Sepsis Trust's adult warning signs told in a person's own words (<c>systemic.sepsis_signs</c>, knowledge 1.69.0,
/// lexicon <c>knowledge/lexicon/sepsis.yaml</c>): "I have become confused", "not passed urine all day", "my lips went
/// blue". Not worry or pain said as dying, not breath caught in pain, not a denial. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSepsisSignsTests
{
    private static object? SepsisSign(string text) => ExtractedValue.Of(text, "systemic.sepsis_signs");

    [Theory]
    [InlineData("I have a fever and back pain and my husband says I have become confused since last night.")]
    [InlineData("Fever with low back pain, and I have not passed urine all day.")]
    [InlineData("Hot and shivery with this back pain and now my lips went blue.")]
    [InlineData("Since the fever started I am severely breathless.")]
    public void A_warning_sign_of_sepsis_is_read(string text) =>
        Assert.Equal(true, SepsisSign(text));

    [Theory]
    [InlineData("I'm convinced it's cancer and that I'm going to die soon.")]
    [InlineData("The pain was so bad I couldn't catch my breath for a moment.")]
    [InlineData("Back pain and fever. I have not become confused.")]
    [InlineData("I get a bit confused about which exercises to do.")]
    public void Worry_pain_a_denial_or_another_confusion_is_not(string text) =>
        Assert.NotEqual(true, SepsisSign(text));
}
