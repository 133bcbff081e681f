namespace HipSpine.Engine.Tests;

/// <summary>
/// The fourteenth round: "cant" typed without its apostrophe is "can't" for every lay phrase, and only that form.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionTypedNegationTests
{
    [Theory]
    [InlineData("My lower back is so bad I cant sit at all.", true)]
    [InlineData("I cant sit for long without my hip aching.", true)]
    [InlineData("I can't sit at all with this back.", true)] // the apostrophe form, as before
    [InlineData("I can sit for hours without any trouble, my hip hurts when I walk.", null)]
    public void Cant_without_its_apostrophe_reads_as_cant(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, "pain.worse_sitting"));

    [Theory]
    [InlineData("My back aches and I cant walk far at all.", true)]
    [InlineData("I walk five miles a day and my back aches afterwards.", null)]
    public void Cant_without_its_apostrophe_limits_a_walk(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, "func.walking_distance_reduced"));

    [Theory]
    [InlineData("cant", "can't")]
    [InlineData("couldnt", "couldnt")] // tried and dropped: as many false readings as true ones
    [InlineData("walking", "walk")]
    public void Only_cant_is_spelled_out(string word, string stem)
        => Assert.Equal(stem, HipSpine.Engine.Extraction.Stemmer.Stem(word));
}
