namespace HipSpine.Engine.Tests;

/// <summary>
/// The ninth round's smaller kinds: lay words for a friend are someone else, and "worse the more I walk" is an aggravation,
/// not the course. Both ways; the sentences are not from the corpus.
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
}
