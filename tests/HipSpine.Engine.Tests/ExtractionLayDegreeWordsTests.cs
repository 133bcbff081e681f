namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-seventh round's precision kind for <c>episode.onset</c>: an onset adverb followed by a change of degree is the
/// course, not the onset, and lay words of degree between them ("loads", "way", "lots") are small words like "much" and "a lot"
/// already were ("it suddenly got loads worse" tells the pain worsened suddenly, not how it began). Near misses: "it suddenly
/// started hurting", a pain that "came on suddenly" and a sudden onset beside a later worsening are still sudden onsets. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLayDegreeWordsTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("My hip has ached for months. On Friday it suddenly got loads worse.")]
    [InlineData("My lower back has been sore since the spring, and last week it suddenly got way worse.")]
    [InlineData("My buttock has hurt for a while. Yesterday it suddenly got lots worse.")]
    public void A_sudden_change_of_degree_is_not_the_onset(string text) => Assert.Null(Onset(text));

    [Fact]
    public void The_course_is_still_read() =>
        Assert.Equal(true, ExtractedValue.Of("My hip has ached for months. On Friday it suddenly got loads worse.", "episode.worsening"));

    [Theory]
    [InlineData("Last week my lower back suddenly started hurting.")]
    [InlineData("The pain in my hip came on suddenly on Monday.")]
    [InlineData("My back suddenly went on Tuesday and it has got way worse since.")]
    public void A_sudden_beginning_stays_sudden(string text) => Assert.Equal("sudden", Onset(text));
}
