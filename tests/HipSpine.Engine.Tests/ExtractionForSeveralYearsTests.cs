namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventieth round: "for several years" and "for a few years" are a length up to now, three years (1,095 days) as "for
/// the past few years" already is; a bare "a few years ago" or "a few years back" dates an event and is not read as the length.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionForSeveralYearsTests
{
    private static object? Length(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("My right hip has been aching for several years and it's getting worse.")]
    [InlineData("For a few years now I've had pain in my lower back every morning.")]
    public void For_several_years_is_three_years(string text) => Assert.Equal(1095.0, Convert.ToDouble(Length(text)));

    [Theory]
    [InlineData("I broke my wrist a few years ago. My lower back hurts.")]
    [InlineData("My lower back hurts. I had a scan several years back.")]
    public void A_few_years_as_a_date_is_no_length(string text) => Assert.Null(Length(text));
}
