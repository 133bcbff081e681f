namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-second round's recall kind for <c>episode.onset</c>: a fall or a slip dated to the last days is the moment the
/// pain began ("Yesterday I slipped on the ice and my hip has hurt since"). A fall denied, dated months or years back, told
/// with no date, someone else's, or on a pain told to come back is left unread. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionRecentFallTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("Yesterday I slipped on a wet leaf in the garden and now my left hip is really sore.")]
    [InlineData("About three hours ago I tripped over the cat and fell. My lower back is agony.")]
    [InlineData("Fell off a step stool 4 days ago and my lower back has hurt ever since.")]
    [InlineData("I had a fall at the shops last week and my right buttock is very painful.")]
    [InlineData("Just slipped getting out of the shower, my tailbone hurts like mad.")]
    public void A_fall_dated_to_the_last_days_is_a_sudden_onset(string text) => Assert.Equal("sudden", Value(text));

    [Theory]
    [InlineData("My lower back has ached for a month. I didn't fall or hurt it yesterday, it just crept up.")]
    [InlineData("I haven't had a fall this week and I never slipped yesterday, the pain just arrived in my hip.")]
    public void A_denied_fall_is_no_onset(string text) => Assert.NotEqual("sudden", Value(text));

    [Theory]
    [InlineData("My lower back aches most days. I slipped on the ice years ago and broke my wrist.")]
    [InlineData("My hip has ached since the spring. Five months ago I fell off my bike.")]
    [InlineData("My lower back aches when I sit. I tripped on the stairs at my wedding.")]
    public void A_fall_told_as_history_is_no_onset(string text) => Assert.Null(Value(text));

    [Theory]
    [InlineData("My lower back aches. My neighbour slipped on the ice yesterday and broke her hip.")]
    [InlineData("My back hurts all the time. Yesterday my friend fell off a ladder.")]
    public void Someone_elses_fall_is_no_onset(string text) => Assert.Null(Value(text));

    [Theory]
    [InlineData("My back keeps coming back every winter. Yesterday I slipped on the step and it's gone again.")]
    [InlineData("My lower back has been sore. Yesterday I read about a slipped disc and fell asleep on the sofa.")]
    public void A_pain_that_came_back_or_a_fall_in_another_sense_is_no_onset(string text) => Assert.NotEqual("sudden", Value(text));
}
