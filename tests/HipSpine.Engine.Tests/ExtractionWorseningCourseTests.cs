namespace HipSpine.Engine.Tests;

/// <summary>
/// A course told as something "getting harder", a condition that "keeps progressing", and "worse not better" or "no
/// better ... worse" are a worsening course (<c>episode.worsening</c>); a harder thing that is no change, a denied
/// worsening and a question are not read so. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWorseningCourseTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My hip has ached since June and climbing the stairs is getting harder.")]
    [InlineData("Pain in my lower back for 3 weeks and it's got steadily harder to get dressed.")]
    [InlineData("I have had this stiffness in my back for years and it keeps progressing.")]
    [InlineData("Saw the chiropractor twice for my back and by Friday it was worse not better.")]
    [InlineData("Physio for a month for my hip - no better, if anything worse.")]
    public void A_course_getting_harder_or_progressing_is_worsening(string text) =>
        Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My back hurts more on a harder mattress.")] // a harder thing, no change
    [InlineData("My hip pain is not getting harder to live with, it is the same as ever.")] // denied
    [InlineData("Will walking get harder if my hip is arthritic?")] // a question
    public void A_harder_thing_a_denial_or_a_question_is_not(string text) =>
        Assert.Null(Worsening(text));
}
