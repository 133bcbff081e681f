namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-first round's recall kind for <c>episode.recurrent</c>: earlier times counted ("a few times before", "three
/// times before") and a return told in the past or with "every" ("it kept coming back", "it comes back every time"). Read
/// in written order only, so "less time than before" and "every time I lift ... it settles" are no recurrence; a denial is
/// never read present and someone else's pain is not the person's. A past pain is not left unread here on purpose: an
/// earlier episode is what a recurrence is (the context frame counts the past for this code). The sentences are not from
/// the corpus.
/// </summary>
public sealed class ExtractionTimesBeforeTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("My lower back has gone on me a few times before and this feels the same.")]
    [InlineData("I've had this hip ache three times before, each one after a long drive.")]
    [InlineData("The ache in my buttock kept coming back all last winter and it's here again.")]
    [InlineData("My back pain comes back every time I dig the allotment.")]
    [InlineData("My hip has locked up like this twice before and both times it settled in a week.")] // round 71
    public void Earlier_times_and_a_return_read(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("I have not had back pain a few times before, this is the first.")]
    [InlineData("My wife has had back pain several times before.")]
    [InlineData("My brother's low back pain kept coming back.")]
    [InlineData("My back aches and I can stand for less time than before.")]
    [InlineData("Every time I lift the shopping my hip aches, then it settles.")]
    [InlineData("My mother has had this sciatica twice before.")] // round 71: someone else's
    [InlineData("I have not had this hip pain twice before, it's the first time.")] // round 71: denied
    public void Denied_someone_elses_or_no_count_do_not_read(string text) => Assert.NotEqual(true, Value(text));
}
