namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirty-fourth round's kind for the length (<c>episode.duration_days</c>): a long-standing complaint told first and,
/// in a later sentence, a recent moment when a pain began ("N ago", "last week"), a quarter of the first length or less: the
/// episode dates from the moment. Not when the first length is told as still running ("now", "still") or as the pain's own
/// start, nor when the later sentence tells no pain that began. A sentence that opens on "That was ... ago" dates the story
/// just told and wins. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLaterOnsetTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("My back has grumbled for about 5 years on and off. Three days ago I woke with a severe pain low down.", 3)]
    [InlineData("I've had a stiff lower back for about six years. Four days ago I bent to tie a lace and a sharp pain shot into my buttock.", 4)]
    public void A_later_moment_of_pain_dates_the_episode(string text, int days) => Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("My lower back has been aching for about 5 months now. A week ago it suddenly got much worse.", 150)] // runs to now
    [InlineData("I've had a bad hip for about 2 years and it still hurts. Ten days ago the pain suddenly got worse.", 730)] // still
    [InlineData("About a year ago my back pain started. Two weeks ago I started physio.", 365)] // the pain's own start; no pain later
    [InlineData("My back has ached for about 3 months. Five weeks ago I got a sharp pain in my hip.", 90)] // not a quarter of it
    [InlineData("Two years ago I had a sore back. Three days ago I went to the cinema.", 730)] // no beginning of pain told
    public void The_first_length_stays(string text, int days) => Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("My hip gave way on the stairs and it has hurt since. That was about ten days ago.", 10)]
    [InlineData("My back has ached for about two years. Then I slipped on the ice and the pain became far worse. That was two weeks ago.", 14)]
    [InlineData("My back pain started when I moved house. Thats three months ago now.", 90)]
    public void A_sentence_opening_on_that_was_dates_the_story(string text, int days) => Assert.Equal(days, Duration(text));

    [Fact]
    public void That_inside_a_sentence_does_not() =>
        Assert.Null(Duration("I had one bout of back pain before and that was about 20 years ago, it cleared up. My hip hurts now."));
}
