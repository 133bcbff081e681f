namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-sixth round's second recall kind for <c>episode.worsening</c>: the pain told to keep building ("the pain kept
/// building", "the ache in my hip has been building", "it's been building up for months"). Left out: training built up ("I've
/// been building up my mileage", "been building up for my first half marathon"), a soreness that builds with an activity, a
/// building and someone else's pain. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPainKeptBuildingTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My lower back started aching on Monday and the pain kept building all week.")]
    [InlineData("For about six weeks the pain in my left hip has been building.")]
    [InlineData("My buttock hurts. It's been building up over the last few months.")]
    public void The_pain_kept_building_is_a_worsening_course(string text) => Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My hip hurts when I run. I've been building up my mileage for a race.")]
    [InlineData("My back aches. Been building up for my first half marathon in May.")]
    [InlineData("My back hurts. I work in an office building and sit all day.")]
    [InlineData("My hip is fine at first, then the soreness builds the longer I walk.")]
    [InlineData("My hip is sore. My husband's back pain kept building last year.")]
    public void Training_a_building_or_someone_elses_pain_is_not_read(string text) => Assert.NotEqual(true, Worsening(text));
}
