namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-fourth round's precision kind for <c>episode.duration_days</c>: a count joined to a singular unit by a hyphen,
/// with a noun after it, names an event ("a 3-day festival", "a 4-month knee injury"), not the pain's length; the length told
/// beside it is read instead. "2-weeks" typed for "2 weeks" stays a length. Round 61: the same adjective typed without its
/// hyphen after an article or a possessive ("an 8 day cycling holiday", "my 6 week check", "the 10 day course") is no length
/// either, and "for 8 days" still is. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionHyphenatedLengthTests
{
    private static object? Length(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Fact]
    public void A_hyphenated_event_leaves_the_length_told_beside_it() =>
        Assert.Equal(35, Length("My right hip again. I played a 2-day hockey tournament about 5 weeks ago and it has hurt since."));

    [Fact]
    public void A_hyphenated_event_is_no_length() =>
        Assert.Null(Length("My hip hurts again. Last year I had a 4-month knee injury so I'm careful now."));

    [Theory]
    [InlineData("My hip has been hurting for 2-weeks now.", 14)]
    [InlineData("My lower back has ached for 3 weeks.", 21)]
    public void Other_lengths_stay(string text, int days) => Assert.Equal(days, Length(text));

    [Theory]
    [InlineData("My lower back started hurting after an 8 day cycling holiday, I can't say when exactly.")]
    [InlineData("My back pain came on after the birth. At my 6 week check the nurse said it was normal.")]
    [InlineData("I've got back pain, started after the 10 day course of antibiotics.")]
    public void An_unhyphenated_event_is_no_length(string text) => Assert.Null(Length(text));

    [Theory]
    [InlineData("I've had low back pain for 8 days.", 8)]
    [InlineData("I had a 2 week holiday in June, and my back has hurt for 10 days.", 10)]
    public void Lengths_beside_an_unhyphenated_event_stay(string text, int days) => Assert.Equal(days, Length(text));
}
