namespace HipSpine.Engine.Tests;

/// <summary>
/// The nineteenth round: what a story implies beyond a matched word (getting about told by crawling), and words of the
/// pain read in another sense ("pace" as a speed or a step, "night" as the time of something done, "the worst pain of
/// my life" as severity and not a tearing pain). The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionStoryImplicationTests
{
    private const string GettingAbout = "func.difficulty_walking_standing";

    [Theory]
    [InlineData("My back went this morning and I had to crawl to the bathroom.")]
    [InlineData("Since Tuesday my hip is so bad I'm crawling round the flat.")]
    [InlineData("My lower back seized and I crawled up the stairs to bed.")]
    [InlineData("The sciatica is awful, some mornings I literally crawl to the kettle.")]
    public void Crawling_to_get_about_is_difficulty_walking(string text) =>
        Assert.Equal(true, ExtractedValue.Of(text, GettingAbout));

    [Theory]
    [InlineData("I get a crawling feeling down the back of my thigh.")] // a sensation
    [InlineData("It feels like ants crawling up my leg at night.")] // a sensation
    [InlineData("My back aches and the traffic crawling past the window doesn't help my mood.")] // no destination, no subject
    [InlineData("I fell on my hip and couldn't crawl to the phone.")] // could not get about at all
    public void Crawling_in_another_sense_is_not_difficulty_walking(string text) =>
        Assert.NotEqual(true, ExtractedValue.Of(text, GettingAbout));

    [Theory]
    [InlineData("Yesterday I bent down and got the worst pain of my life in my lower back.")]
    [InlineData("It's the worst pain ever, like my hip is on fire.")]
    public void The_worst_pain_ever_is_severity_not_a_tearing_pain(string text) =>
        Assert.Null(ExtractedValue.Of(text, "pain.tearing_sudden_severe"));

    [Fact]
    public void A_tearing_pain_still_reads() =>
        Assert.Equal(true, ExtractedValue.Of("A sudden tearing pain went through to my back.", "pain.tearing_sudden_severe"));

    [Theory]
    [InlineData("My hip aches on long runs, especially at a faster pace.")]
    [InlineData("My back is so stiff I can only manage a few paces before I stop.")]
    public void Pace_as_a_speed_or_a_step_is_not_restlessness(string text) =>
        Assert.Null(ExtractedValue.Of(text, "pain.restless_cannot_get_comfortable"));

    [Theory]
    [InlineData("The pain in my side is so bad I pace the kitchen floor.")]
    [InlineData("I can't keep still with this back, I pace round the house.")]
    public void Pacing_about_is_restlessness(string text) =>
        Assert.Equal(true, ExtractedValue.Of(text, "pain.restless_cannot_get_comfortable"));

    [Theory]
    [InlineData("My back hurts after work. I have a hot bath most nights before bed and read.")]
    [InlineData("My hip is sore in the day, and I take my blood pressure tablet at night.")]
    [InlineData("My lower back gave out and I spent the night on the sofa downstairs.")]
    public void A_night_that_only_times_something_done_is_not_night_pain(string text) =>
        Assert.Null(ExtractedValue.Of(text, "pain.night"));

    [Theory]
    [InlineData("My lower back is much worse at night.")]
    [InlineData("The ache is 3/10 in the day and 7/10 at night.")]
    [InlineData("It's there day and night now.")]
    [InlineData("Last week a stabbing pain in my back woke me from sleep.")]
    public void Night_pain_still_reads(string text) =>
        Assert.Equal(true, ExtractedValue.Of(text, "pain.night"));

    [Theory]
    [InlineData("Sciatica down my left leg for 2 yrs now.", 730)]
    [InlineData("About 3 wks ago I hurt my back lifting a box.", 21)]
    [InlineData("My hip has ached for the last 6 wks.", 42)]
    public void Abbreviated_units_are_lengths(string text, int days) =>
        Assert.Equal(days, ExtractedValue.Of(text, "episode.duration_days"));

    [Fact]
    public void An_age_in_abbreviated_years_is_no_length() =>
        Assert.Null(ExtractedValue.Of("I'm a 44 yrs old mum and my lower back aches.", "episode.duration_days"));

    [Theory]
    [InlineData("My lower back has ached since I started my new job. That's four years now.", 1460)]
    [InlineData("I tripped on the kerb and my hip has hurt ever since. That's about six weeks of this now.", 42)]
    [InlineData("My back went at the start of the summer and never settled. That's about three months.", 90)]
    public void A_sentence_that_sums_up_gives_the_length(string text, int days) =>
        Assert.Equal(days, ExtractedValue.Of(text, "episode.duration_days"));

    [Fact]
    public void Weeks_of_a_treatment_are_not_the_length() =>
        Assert.Null(ExtractedValue.Of("I did six weeks of this physio course last spring.", "episode.duration_days"));

    [Theory]
    [InlineData("About 40 minutes ago I got a sudden pain low in my back.")]
    [InlineData("For the last five hours I've had a pain in my right side.")]
    [InlineData("It happened maybe 10 mins ago, out of nowhere, while I was sitting down.")]
    public void Minutes_or_hours_ago_is_a_start_today(string text) =>
        Assert.Equal(0, ExtractedValue.Of(text, "episode.duration_days"));

    [Theory]
    [InlineData("My back aches on and off. I walked for 20 minutes this morning.")] // how long a walk, not how old the pain
    [InlineData("My hip is sore and stiff for 30 minutes when I get up.")]
    public void Minutes_of_something_else_are_no_length(string text) =>
        Assert.Null(ExtractedValue.Of(text, "episode.duration_days"));

    [Theory]
    [InlineData("I've seen the physio six times and tried acupuncture, nothing helped at all.")]
    [InlineData("My GP has seen me three times for my back and nothing's helped.")]
    public void Nothing_helps_said_of_care_is_care_that_has_not_helped(string text)
    {
        Assert.Equal(true, ExtractedValue.Of(text, "episode.not_improving_with_care"));
        Assert.Null(ExtractedValue.Of(text, "pain.unrelieved_by_rest_or_painkillers"));
    }

    [Fact]
    public void Nothing_helps_after_a_painkiller_is_unrelieved_pain() =>
        Assert.Equal(true, ExtractedValue.Of("My back is agony, took two paracetamol and a hot bath, nothing helps.", "pain.unrelieved_by_rest_or_painkillers"));

    [Fact]
    public void Nothing_helps_with_no_care_named_reads_no_care() =>
        Assert.Null(ExtractedValue.Of("My hip aches all day and nothing helps.", "episode.not_improving_with_care"));

    [Theory]
    [InlineData("Out of nowhere I got a stabbing pain in my left side.")]
    [InlineData("Last Tuesday my lower back just went, out of the blue, while I was making tea.")]
    [InlineData("I was at my desk and outta nowhere got a sharp pain between my shoulder blades.")]
    public void Out_of_nowhere_is_a_sudden_onset(string text) =>
        Assert.Equal("sudden", ExtractedValue.Of(text, "episode.onset"));

    [Theory]
    [InlineData("My back has ached for a year. Last month my right foot went numb out of nowhere.")] // numbness, not the pain
    [InlineData("My hip aches when I walk. A few years ago I got psoriasis out of the blue.")] // another illness
    public void Out_of_nowhere_of_something_else_is_no_onset(string text) =>
        Assert.NotEqual("sudden", ExtractedValue.Of(text, "episode.onset"));

    [Fact]
    public void Out_of_nowhere_still_denies_an_injury() =>
        Assert.Equal(false, ExtractedValue.Of("Out of nowhere I got a stabbing pain in my lower back.", "hx.fall_or_minor_injury"));
}
