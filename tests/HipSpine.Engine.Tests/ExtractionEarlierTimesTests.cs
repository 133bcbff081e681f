namespace HipSpine.Engine.Tests;

/// <summary>
/// Lay ways of saying the pain has come before (<c>episode.recurrent</c>): the back put out or hurt in the perfect closed by
/// "before", a pain that "comes and goes" told over years, and "on and off" of the back's soreness, stiffness or spasms or
/// since a named year. Care tried or seen before, "before" that dates another event, and a pain that
/// comes and goes within weeks are not. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionEarlierTimesTests
{
    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("My lower back went yesterday lifting the shopping. I've pulled it before but never this badly.")]
    [InlineData("Bent down for the cat food and my back locked. I have put my back out before, a few years back.")]
    [InlineData("Sharp pain low in my back since Sunday. My back's gone before (gardening that time) and it settled in a week.")]
    [InlineData("Agony in my lower back this morning. Ive strained it before over the years.")]
    [InlineData("My back has seized up before and today it's the same, I can hardly stand.")]
    public void The_back_put_out_before_is_a_recurrence(string text) =>
        Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("My back hurts when I sit. I've tried it before, the physio exercises I mean.")] // care tried before
    [InlineData("Pain in my left side going round to my back. I've seen a chiropractor before.")] // care, not the back hurt
    [InlineData("I have put my back out before I could even get to the car this morning.")] // "before" dates another event
    [InlineData("My back went this morning. I've never strained it before.")] // denied
    [InlineData("My hip hurts. My husband has pulled his back before.")] // someone else
    public void Care_another_illness_or_another_event_before_is_not(string text) =>
        Assert.Null(Recurrent(text));

    [Theory]
    [InlineData("My lower back locked on Monday. At first I thought I'd just strained it again.")] // round 80: the pluperfect
    [InlineData("Bending to the dishwasher my back went, and I knew I'd put it out again.")]
    public void The_back_hurt_again_told_in_the_pluperfect_is_a_recurrence(string text) =>
        Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("My lower back aches. If I lifted the boxes I'd hurt it again.")] // a condition, not an earlier time
    [InlineData("My lower back locked on Monday. I'd never strained it before.")] // denied
    [InlineData("My hip hurts. My husband thought he'd pulled it again.")] // someone else
    public void The_pluperfect_under_a_condition_a_denial_or_of_someone_else_is_not(string text) =>
        Assert.Null(Recurrent(text));

    [Theory]
    [InlineData("I get a deep ache in my right hip that comes and goes for 4 or 5 years now.")]
    [InlineData("My lower back pain comes and goes but it has got a bit worse every year.")]
    [InlineData("It comes and goes, and over the years the pain in my buttock has spread down my leg.")]
    [InlineData("For about six years I've had an ache in my lower back that comes and goes.")] // round 80: the years before it
    [InlineData("Over the last few years my hip pain comes and goes.")]
    public void A_pain_that_comes_and_goes_over_years_is_a_recurrence(string text) =>
        Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("My back has hurt for 3 weeks, it comes and goes and is worse at night.")] // one episode that varies
    [InlineData("I've got an itchy rash that comes and goes, and low back pain for two years.")] // a rash, not the pain
    [InlineData("My back hurts. The tingling in my toes comes and goes.")] // no span of years
    [InlineData("About a year ago my hip started to hurt, and it comes and goes.")] // one year: may be the one spell
    [InlineData("I've smoked for years. My back pain comes and goes.")] // the years in another sentence
    [InlineData("For years I've had a rash on my arm that comes and goes.")] // a rash, not the pain
    public void A_pain_that_comes_and_goes_within_weeks_or_something_else_is_not(string text) =>
        Assert.Null(Recurrent(text));

    [Theory]
    [InlineData("Over 20 years of lower back stiffness and soreness on and off, now my leg is numb.")]
    [InlineData("I've had back spasms on and off since 2004 and this week they are constant.")]
    [InlineData("Lower back pain on and off since 1998, and this time it's gone into my hip.")]
    public void On_and_off_of_the_backs_complaint_over_years_is_a_recurrence(string text) =>
        Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("My neck has been stiff on and off since Tuesday and my back hurts.")] // days, not years
    [InlineData("I've had fevers on and off since 2019 and now my back aches.")] // the fevers, not the back
    public void On_and_off_within_days_or_of_something_else_is_not(string text) =>
        Assert.Null(Recurrent(text));
}
