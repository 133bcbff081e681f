namespace HipSpine.Engine.Tests;

/// <summary>
/// The tenth round's recall kinds for the course of the episode: a pain "on and off" for years and "this time" said against
/// earlier episodes are a recurrence, and care that has not worked is told in many lay ways ("nothing's shifted it",
/// "zero relief", "only helped for a short while"), and so is a pain getting worse ("it's got so bad", "it's ramped right up").
/// Both ways; the sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCourseRecallTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("I've had back pain on and off for years and it flared again on Monday.", true)]
    [InlineData("Low back ache off and on for about ten years, now much worse.", true)]
    [InlineData("I've had on-and-off sciatica for ages.", true)]
    [InlineData("Lower back trouble on/off for twenty years.", true)]
    [InlineData("For three weeks I've had back pain on and off.", null)] // one episode that comes and goes
    [InlineData("My knee swells up and hurts on and off, it has for years. My back aches.", null)] // not the pain named
    [InlineData("My back hurts getting on and off the bus, it has for two years.", null)] // getting on and off something
    [InlineData("I've had fevers on and off for a year and my back aches.", null)]
    [InlineData("My dad has had back pain on and off for years. My hip aches.", null)] // someone else
    public void A_pain_on_and_off_for_years_recurs(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "episode.recurrent"));

    [Theory]
    [InlineData("I get a sore back now and then. This time it's gone down my leg.", true)]
    [InlineData("My back usually settles in a week, but this time it hasn't.", true)]
    [InlineData("My hip aches at this time of year.", null)] // a date, not this episode against others
    [InlineData("By this time my back was aching badly.", null)]
    [InlineData("My back aches. Should I see someone this time?", null)] // a question
    public void This_time_said_against_earlier_episodes_recurs(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "episode.recurrent"));

    [Theory]
    [InlineData("My back aches. Physio and tablets, nothing's shifted it.", true)]
    [InlineData("My back aches. I've tried physio and nothing has worked.", true)]
    [InlineData("My hip hurts. The injection gave zero relief.", true)]
    [InlineData("My back aches. The physio exercises aren't helping.", true)]
    [InlineData("My back hurts. The tablets haven't made any difference.", true)]
    [InlineData("My back hurts. Physio helps for a day then I'm back to square one.", true)]
    [InlineData("My back hurts. Massage only helped for a short while.", true)] // "a while" is a span, not a turn
    [InlineData("My back aches and nothing has worked out this year.", null)] // no care named
    [InlineData("I haven't touched a drink in years. My back aches after physio.", null)] // touching something else
    public void Care_that_has_not_worked_in_lay_words(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "episode.not_improving_with_care"));

    [Theory]
    [InlineData("My back has got so bad I can't sleep.", true)]
    [InlineData("It got really bad last month and I had to stop work. My back aches.", true)]
    [InlineData("Since the fall it's ramped right up and now it shoots down my leg.", true)]
    [InlineData("My hip became more painful over the summer.", true)]
    [InlineData("My back is sore and getting worse, not better.", true)] // not "not getting better"
    [InlineData("I got bad pain in my groin on Monday.", null)] // the pain got, not a change
    [InlineData("I got a bad back lifting boxes.", null)]
    [InlineData("My lower back suddenly got really bad on Tuesday.", null)] // a beginning
    [InlineData("I ramped up my running in May and my hip hurts.", null)] // a training load
    public void Lay_words_for_getting_worse(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "episode.worsening"));

    [Theory]
    [InlineData("Lifting a crate at work I felt a sharp pain in my lower back.", "sudden")]
    [InlineData("I stepped off the kerb, felt something snap in my hip and it has hurt since.", "sudden")]
    [InlineData("Getting out of the car I heard a pop in my hip and it has ached ever since.", "sudden")]
    [InlineData("I've got a sharp pain in my groin when I walk.", null)] // having a pain, not a moment
    public void A_moment_told_by_what_was_felt_or_heard_is_a_sudden_onset(string text, string? expected) =>
        Assert.Equal(expected, Value(text, "episode.onset"));
}
