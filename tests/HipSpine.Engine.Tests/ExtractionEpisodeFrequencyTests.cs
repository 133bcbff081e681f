namespace HipSpine.Engine.Tests;

/// <summary>
/// Round 77: episodes told with how often they come ("my back goes out every few years", "it flares about twice a year") are a
/// recurrence; a span repeated of care, of checks or of the course ("a bit worse every year") is not. The sentences are not
/// from the corpus.
/// </summary>
public sealed class ExtractionEpisodeFrequencyTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("My lower back goes out every few years, usually when I garden.")]
    [InlineData("I get a bad spell of sciatica roughly twice a year and it settles with rest.")]
    [InlineData("The ache low in my back turns up for a few days every other month.")]
    [InlineData("It flares about once a year and lays me up for a week.")]
    [InlineData("My back spasms every 3 years or so, this one is the worst.")]
    public void Episodes_told_with_their_frequency_read(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back pain started in May and has got a bit worse every month.")] // the course, not a return
    [InlineData("I have a steroid injection every six months for my knee and my back aches now.")] // care on a schedule
    [InlineData("I have a mammogram every year and my back started hurting last week.")] // a check on a schedule
    [InlineData("We go on holiday every year to the coast.")] // no pain named
    [InlineData("My back pain never happens every year, this is the first time.")] // denied
    public void A_span_repeated_of_care_checks_or_the_course_is_not_read(string text) => Assert.NotEqual(true, Value(text));
}
