namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-third round's precision kind for <c>episode.duration_days</c>: "last year" with no "the", "this" or "for" before it
/// dates something in the calendar and is not a length of a year; "for the last year" still is, and "the last year and a
/// half" is 548 days. "Last month", "last week" and "last night" stay lengths. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionLastYearTests
{
    private static object? Length(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("Last year they injected my knee. My lower back started aching on its own, no idea why.")]
    [InlineData("My left hip began to hurt late last year, a dull ache when I walk.")]
    [InlineData("Last year my hip got so bad I had to stop running.")]
    [InlineData("On a walking holiday last year my hip ached every evening.")]
    public void A_calendar_last_year_is_no_length(string text) => Assert.Null(Length(text));

    [Fact]
    public void A_calendar_last_year_leaves_the_length_told_beside_it() =>
        Assert.Equal(21, Length("Last year I had a knee operation. My lower back has hurt for 3 weeks."));

    [Theory]
    [InlineData("My lower back has ached for the last year.", 365)]
    [InlineData("This last year my hip has been sore every day.", 365)]
    [InlineData("For the last year and a half my back has been agony.", 548)]
    [InlineData("I've had sciatica for the past year and a half.", 548)]
    [InlineData("My back has hurt for the last month.", 30)]
    public void The_last_year_up_to_now_is_a_length(string text, int days) => Assert.Equal(days, Length(text));

    [Theory]
    [InlineData("My back started aching on a walking holiday last month.", 30)]
    [InlineData("My back went last week when I lifted a box.", 7)]
    [InlineData("My hip started hurting last night.", 1)]
    public void Last_month_week_and_night_stay_lengths(string text, int days) => Assert.Equal(days, Length(text));
}
