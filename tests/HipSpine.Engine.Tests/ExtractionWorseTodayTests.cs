namespace HipSpine.Engine.Tests;

/// <summary>
/// The fiftieth round's recall kind for <c>episode.worsening</c>: "is (even) worse" with the day or the time told as now
/// against the days before ("Today it's even worse", "This morning it's much worse", "This year it's way worse"), as "now"
/// and "since" already were. Not when "worse" tells when or what aggravates ("today it's worse when I sit", "in the
/// morning it's worse"), compares two places, is denied, is someone else's or is a past pain's. The sentences are not from
/// the corpus.
/// </summary>
public sealed class ExtractionWorseTodayTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My back went on Saturday. Today it's even worse and I can barely get dressed.")]
    [InlineData("My hip has ached for a week. This morning it's much worse.")]
    [InlineData("My low back has bothered me for years. This year it's way worse.")]
    public void Worse_today_or_this_morning_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back aches. Today it's worse when I sit at my desk.")]
    [InlineData("My back aches. In the morning it's worse, then it loosens up.")]
    [InlineData("My hip aches. The left is worse than the right this morning.")]
    public void Worse_of_a_time_of_day_an_activity_or_a_side_is_no_change(string text) => Assert.Null(Value(text));

    [Fact]
    public void A_denial_is_never_read_present() =>
        Assert.NotEqual(true, Value("My back hurts. Today it isn't any worse, just the same dull ache."));

    [Theory]
    [InlineData("My back is a little stiff. My husband's back went on Friday and today he says it's even worse.")]
    [InlineData("My back is a little stiff. I used to have sciatica and this month it was even worse.")]
    public void Someone_elses_or_a_past_pain_stays_unread(string text) => Assert.Null(Value(text));
}
