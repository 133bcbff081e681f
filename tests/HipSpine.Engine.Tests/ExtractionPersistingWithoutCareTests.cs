namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-fifth round's fourth kind: a pain "not going away" says care has not helped only when a treatment is told in its
/// sentence or the one before or after; alone, or with care told elsewhere in the story, it is the course. A pain that went
/// away and someone else's pain stay unread. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPersistingWithoutCareTests
{
    private static object? Care(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My lower back has hurt for a month. I've had six sessions of physio and it's still not going away.")]
    [InlineData("My hip aches all day and it isn't going away. The GP put me on naproxen last week.")]
    [InlineData("I've been taking ibuprofen for two weeks. My lower back pain just isn't going away.")]
    public void Not_going_away_beside_care_reads_true(string text) => Assert.Equal(true, Care(text));

    [Theory]
    [InlineData("Three weeks ago my buttock started aching and it's not going away. I've never had this before. It is worse when I sit. I tried stretching at first.")]
    [InlineData("My lower back aches and it's not going away. I haven't seen a doctor yet.")]
    [InlineData("My lower back hurts. My husband's knee isn't going away even with his physio.")]
    [InlineData("My lower back ached for a week after physio, then it went away.")]
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Care(text));
}
