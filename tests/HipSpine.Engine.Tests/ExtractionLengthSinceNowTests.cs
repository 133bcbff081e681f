namespace HipSpine.Engine.Tests;

/// <summary>
/// A count up to now that restates a "since" told just before it in a sentence of pain ("since 2015, so roughly 4 years
/// now") is the episode's length, though the words after the pause do not name the pain (round 43). A count in a sentence
/// that tells no pain (an engagement) is not read by it. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLengthSinceNowTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("I've had a dull ache in my left hip since 2015, so roughly 4 years now.", 1460)]
    [InlineData("Nagging pain low in my back since the wedding - 3 months now.", 90)]
    [InlineData("Sharp pain in my right buttock since the move, about 6 weeks now, and it won't settle.", 42)]
    public void A_count_up_to_now_after_a_since_in_a_sentence_of_pain_is_the_length(string text, int days) =>
        Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("My back aches a lot. Engaged since 2020 - 3 years now!")] // an engagement, in a sentence without pain
    public void A_count_in_a_sentence_without_pain_is_not_read(string text) =>
        Assert.Null(Duration(text));
}
