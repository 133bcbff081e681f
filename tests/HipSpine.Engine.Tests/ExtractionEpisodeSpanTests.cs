namespace HipSpine.Engine.Tests;

/// <summary>
/// The ninth round's kinds of false reading about the episode's length (`EpisodeDuration`, `DurationSenses`): a story that
/// names several spans (an event, a treatment, a pain that comes and goes, a gap between two events) has one that is this
/// episode's; and a fall dated well after that start is not how the episode began. Each kind has a sentence that must not give the wrong length and a look-alike that still gives its own.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionEpisodeSpanTests
{
    private const string Duration = "episode.duration_days";

    private static object? Value(string text) => ExtractedValue.Of(text, Duration);

    [Theory]
    [InlineData("I had a hip injection a month ago. Ten days after the injection my back started aching.", null)] // a gap, and the care's date
    [InlineData("Ten days ago my back started aching.", 10)]
    [InlineData("Yesterday after a long drive my back seized up.", 1)] // a date before "after" is still a date
    public void A_gap_between_two_events_is_no_length(string text, object? expected) =>
        Assert.Equal(expected, Value(text));

    [Theory]
    [InlineData("The physio saw me three weeks ago. My back is sore.", null)] // when the care was
    [InlineData("Three weeks ago I strained my back at the gym.", 21)]
    public void A_date_of_care_is_not_the_start_of_the_pain(string text, object? expected) =>
        Assert.Equal(expected, Value(text));

    [Theory]
    [InlineData("I've had back pain on and off for six years, but the last ten days it has been much worse.", 10)] // the flare
    [InlineData("For three weeks I've had back pain on and off.", 21)] // nothing later: the length is the episode's
    [InlineData("My back has ached for six years, and over the last ten days it has been much worse.", 2190)] // not on and off
    public void After_a_pain_that_comes_and_goes_the_present_flare_is_the_episode(string text, object? expected) =>
        Assert.Equal(expected, Value(text));

    [Theory]
    [InlineData("I've had low back pain for eight years. It usually settles quickly, but this time it has ached for three weeks.", 21)]
    [InlineData("I've had low back pain for eight years and it aches every day.", 2920)]
    [InlineData("My hip pain came on slowly. Now, three weeks in, I can hardly walk.", 21)]
    [InlineData("For two days I had a cold and a sore throat. My back has been aching for five months now.", 150)]
    [InlineData("I spent two weeks in hospital. My back aches.", null)] // "in hospital" is where, not how long so far
    public void A_length_said_of_this_episode_outright_wins(string text, object? expected) =>
        Assert.Equal(expected, Value(text));

    [Theory]
    [InlineData("I started a new job two months ago and lift boxes all day. A week ago my back began to ache.", 7)]
    [InlineData("It started two months ago and lifting boxes makes it worse.", 60)]
    [InlineData("I have back pain. I started a new job two months ago.", 60)] // nothing better told: the event's date stays
    public void A_date_that_starts_something_else_gives_way_to_the_pain(string text, object? expected) =>
        Assert.Equal(expected, Value(text));

    [Theory]
    [InlineData("My hip started hurting about six weeks ago, mild at first, but now it wakes me up.", 42)] // how it was at its start
    [InlineData("It started about two months ago, mild at first, but this past week it shot up.", 60)] // the week measures the change
    public void How_the_pain_was_at_its_start_keeps_its_date(string text, object? expected) =>
        Assert.Equal(expected, Value(text));

    [Theory]
    [InlineData("Sharp pains in my low back for about two and a half months.", 75)] // the half before the unit
    [InlineData("My back has hurt for a month and a half.", 45)]
    [InlineData("My back hurts. My sleep hasn't been right since this all started.", null)] // points back to an event
    [InlineData("My back has hurt since this morning.", 0)]
    public void Halves_and_since_this(string text, object? expected) =>
        Assert.Equal(expected, Value(text));

    [Theory]
    [InlineData("For the past year my back has ached. Last week I had a fall at the shops.", null)] // during the episode
    [InlineData("Two weeks ago I had a fall and my back has ached since.", true)]
    [InlineData("For three weeks my back has ached. I had a fall two weeks ago.", true)] // about when it began
    public void A_fall_well_after_the_start_is_not_how_it_began(string text, bool? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, "hx.fall_or_minor_injury"));

    [Theory]
    [InlineData("My back aches. Years ago I had a kidney infection.", "hx.recent_infection", null)] // vaguely and long back
    [InlineData("My back aches. Last week I had a chest infection.", "hx.recent_infection", true)]
    [InlineData("Years ago I fell off a horse. My back aches.", "hx.major_trauma", null)]
    [InlineData("Two years ago I fell off a horse and my back has ached ever since.", "hx.major_trauma", true)] // a counted date can start this episode
    public void What_a_sentence_dates_years_back_is_past(string text, string code, bool? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, code));
}
