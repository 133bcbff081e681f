namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-fourth round's precision kind for <c>episode.duration_days</c>: a count joined to a singular unit by a hyphen,
/// with a noun after it, names an event ("a 3-day festival", "a 4-month knee injury"), not the pain's length; the length told
/// beside it is read instead. "2-weeks" typed for "2 weeks" stays a length. The sentences
/// are not from the corpus.
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
}
