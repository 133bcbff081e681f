namespace HipSpine.Engine.Tests;

/// <summary>
/// The ninth round's smaller kinds: lay words for a friend are someone else, "worse the more I walk" is an aggravation,
/// not the course, help given to a person is not relief, socks worn are no difficulty with socks, and "maybe" before a
/// number hedges the amount, and "as soon as I start running" is a moment of a run. Both ways; the
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWhoAndCourseTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("My thighs ache and it gets worse the more I walk.", null)] // tied to walking by the comparison
    [InlineData("My hip aches and it gets worse the longer I sit.", null)]
    [InlineData("My back pain gets worse the longer it goes on.", true)] // the comparison is with time: the course
    [InlineData("My hip has been getting worse over the weeks.", true)]
    public void Worse_the_more_I_do_something_is_an_aggravation(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "episode.worsening"));

    [Theory]
    [InlineData("My buddy hurt his back lifting. My hip aches.", "hx.lifting_onset", null)]
    [InlineData("My mate had sciatica and was off work for months. My back aches.", "func.difficulty_walking_standing", null)]
    [InlineData("My pal thinks I should rest. I hurt my back lifting a box and it aches.", "hx.lifting_onset", true)] // "I" is the person again
    public void A_mate_or_a_pal_is_someone_else(string text, string code, bool? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I helped my brother move house and now my back aches.", null)] // help given to a person
    [InlineData("Moving helps my back a lot.", true)] // a back is not a person
    [InlineData("Walking helps the ache.", true)]
    public void Helping_someone_is_not_relief(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "pain.better_with_exercise"));

    [Theory]
    [InlineData("I slipped on the stairs in my socks and my back hurts.", null)] // what was worn
    [InlineData("I can't put my socks on because of my hip pain.", true)]
    [InlineData("My hip hurts so I struggle with socks.", true)]
    public void Socks_worn_are_no_difficulty_with_socks(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "pain.difficulty_shoes_socks"));

    [Theory]
    [InlineData("My hip aches, maybe 3/10 most days.", "pain.severity_now", 3)] // a hedge on an amount
    [InlineData("My back aches, maybe two weeks now.", "episode.duration_days", 14)]
    [InlineData("My hip aches. Maybe I have a fever.", "systemic.fever", null)] // a possibility
    [InlineData("My hip aches and I have a fever.", "systemic.fever", true)]
    public void Maybe_before_a_number_hedges_the_amount(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My groin hurts as soon as I start running.", null)] // a moment within a run
    [InlineData("My hip aches every time I start training.", null)]
    [InlineData("I started running in March and my groin hurts.", true)] // taking it up
    public void Starting_a_run_under_a_condition_is_no_training_increase(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "hx.training_load_increase"));
}
