namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirteenth round's kinds: plain ways of saying how long the pain has lasted and where it is that the extractor
/// missed, each with a sentence that must read and a look-alike that must not. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPlainWordsTests
{
    private const string Duration = "episode.duration_days";
    private const string LowBack = "where.low_back";

    [Theory]
    [InlineData("Three weeks of lower back pain that won't shift.", 21)]
    [InlineData("I've had two years of bad hip pain.", 730)]
    [InlineData("Five weeks of lower back pain. I can only walk 300 yards before I have to stop.", 35)]
    [InlineData("Four weeks of a dull backache.", 28)]
    [InlineData("Six weeks of pain in my hip.", 42)] // the pain word right after "of", as before
    [InlineData("Two weeks of physio for my back pain.", null)] // the noun phrase is the care
    [InlineData("Two weeks of holiday and my hip is sore.", null)]
    public void A_length_of_a_pain_named_with_its_place_measures_it(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, Duration));

    [Theory]
    [InlineData("Low back pain for a month, felt like a pulled muscle at first.", true)] // "at first" dates how it felt
    [InlineData("My lower back hurts, it felt like cramp at first.", true)]
    [InlineData("I had lower back pain at first, now it is in my hip.", null)] // in its own part it still dates the pain
    public void At_first_closing_its_own_part_dates_that_part(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, LowBack));

    [Theory]
    [InlineData("My back has been aching for weeks. Low back mainly.", true)] // a fragment says where
    [InlineData("My back has been aching for weeks. Lower back, left side.", true)]
    [InlineData("I had a scan last year. Low back mainly.", null)] // no symptom before it
    [InlineData("My hip aches. The scan of my lower back was normal.", null)] // a sentence of its own
    public void A_fragment_after_a_symptom_says_where_it_is(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, LowBack));

    private const string Distance = "func.walking_distance_reduced";

    [Theory]
    [InlineData("After walking about 200 yards my thighs start to burn.", true)]
    [InlineData("I can only walk half a mile before I need a rest.", true)] // "before I" joins two events, it is no earlier time
    [InlineData("When I walk three blocks my calves ache.", true)]
    [InlineData("After about six blocks the ache in my hip kicks in.", true)] // blocks are a walk even unnamed
    [InlineData("I walk two miles every morning with the dog.", null)] // a habit, no limit
    [InlineData("I used to walk 5 km a day without a problem.", null)] // the past
    [InlineData("I went for a jog and after a few blocks my hip hurt.", null)] // a run, not a walk
    [InlineData("My husband can only walk 100 yards before he has to stop.", null)] // someone else
    public void A_distance_that_stops_the_walk_is_a_shorter_walking_distance(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, Distance));

    [Theory]
    [InlineData("My lower back aches before I get out of bed.", true)] // "before I": when in the day, not an earlier time
    [InlineData("My lower back aches before it eases off in the afternoon.", true)]
    public void Before_with_a_subject_after_it_joins_two_events(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, LowBack));

    private const string Worry = "psych.worry_catastrophizing";

    [Theory]
    [InlineData("My uncle had a slipped disc so I'm a bit worried.", null)] // a worry played down
    [InlineData("I'm slightly worried about the scan.", null)]
    [InlineData("I'm very worried, I think it will never get better.", true)]
    [InlineData("I worry a lot about my back.", true)]
    public void A_worry_played_down_is_not_excessive_worry(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, Worry));
}
