namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-sixth round's precision kind for <c>episode.duration_days</c>: "a day" or "a night" named as a thing is no length
/// of the pain: a rate ("3-4 a day"), an outing, a stay or a sleep ("a night out", "a night in hospital", "a night's sleep") and
/// "One day" opening a sentence. A length told with "a day ago" or "two nights" still reads, and someone
/// else's is not read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionDayOrNightNounTests
{
    private static object? Length(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("My lower back pain started after a night out dancing.")]
    [InlineData("I'm on painkillers for my back pain, usually 3-4 a day.")]
    [InlineData("One day, out of nowhere, a pain started in my lower back.")]
    [InlineData("Last spring my back went into spasm and I ended up with a night in hospital.")]
    [InlineData("My lower back has been sore in the morning after a night's sleep.")]
    public void A_day_or_night_as_a_thing_is_no_length(string text) => Assert.Null(Length(text));

    [Theory]
    [InlineData("My back started hurting a day ago.", 1)]
    [InlineData("I've had this pain in my hip for two nights now.", 2)]
    [InlineData("My back has been sore for three weeks and last weekend I had a night out.", 21)]
    public void A_length_still_reads(string text, int days) => Assert.Equal(days, Length(text));

    [Fact]
    public void Someone_elses_length_is_not_read() =>
        Assert.Null(Length("My hip aches. My wife has had back pain for a day."));
}
