namespace HipSpine.Engine.Tests;

/// <summary>
/// The fortieth round: "co-codamol" and "co-dydramol" are split by the tokenizer at the hyphen, so they are known by their
/// second half, and a low back "in bits" is a troubled low back. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionHyphenatedPainkillerTests
{
    [Theory]
    [InlineData("My hip aches all day and the co-codamol isn't helping.")]
    [InlineData("My groin hurts when I walk. Co-dydramol does nothing for it.")]
    public void A_hyphenated_painkiller_that_does_not_help_is_pain_it_does_not_relieve(string text) =>
        Assert.Equal(true, ExtractedValue.Of(text, "pain.unrelieved_by_rest_or_painkillers"));

    [Fact]
    public void A_low_back_in_bits_is_the_low_back() =>
        Assert.Equal(true, ExtractedValue.Of("Since the move my lower back is in bits.", "where.low_back"));

    [Fact]
    public void A_hyphenated_painkiller_that_helps_is_not_unrelieved_pain() =>
        Assert.NotEqual(true, ExtractedValue.Of("My hip aches at night but the co-codamol takes the edge off.", "pain.unrelieved_by_rest_or_painkillers"));
}
