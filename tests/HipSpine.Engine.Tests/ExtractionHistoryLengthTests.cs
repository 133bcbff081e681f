namespace HipSpine.Engine.Tests;

/// <summary>
/// A count of a year or more that dates a long history is not the episode's length when a later sentence dates a recent
/// moment when the present pain began, or opens a new episode ("this time", "what's new"). A long count said of this episode,
/// or followed only by a change or by care, stays. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionHistoryLengthTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("My lower back first gave me grief about 12 years ago. On Monday I slipped on the stairs and now the pain is awful.")]
    [InlineData("I've had a grumbling hip off and on for 15 years. What's new is a burning pain down the front of my thigh.")]
    [InlineData("I had a very similar back pain over eight years ago. This time it is much worse and I can hardly stand.")]
    public void A_long_count_before_a_later_beginning_is_the_history(string text) =>
        Assert.False(Duration(text) is int days && days >= 365, $"read {Duration(text)}");

    [Fact]
    public void The_later_moment_is_read_instead() =>
        Assert.Equal(3, Duration("My back has been dodgy for about 20 years. Three days ago I bent to pick up the cat and felt a sharp pain in my lower back."));

    [Theory]
    [InlineData("I've had a dull ache in my lower back for about 4 years. Since last week it has got much worse.", 1460)]
    [InlineData("Low back pain for 3 years now. Yesterday I had another injection and it helped a little.", 1095)]
    [InlineData("My sciatica has been going for about 2 years this time round. Today I bent over and it got worse.", 730)]
    [InlineData("My left hip has bothered me for about 2 years and it still aches. Yesterday I twisted and a sharp pain shot down my leg.", 730)]
    [InlineData("Back trouble for about 3 years. Two days ago I went to a concert and danced all night.", 1095)]
    public void A_long_count_of_this_episode_stays(string text, int days) =>
        Assert.Equal(days, Duration(text));
}
