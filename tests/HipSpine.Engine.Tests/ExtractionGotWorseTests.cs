namespace HipSpine.Engine.Tests;

/// <summary>
/// A change verb, degree words and "worse" ("it's got way worse", "it got even worse") tell a worsening course
/// (<c>episode.worsening</c>); the same words before "when", "if" or "with" tell what aggravates the pain, not the course.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionGotWorseTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My lower back has ached for a year but since the summer it's got way worse.")]
    [InlineData("The hip pain was mild at first. Then in week three it got even worse and now I limp.")]
    [InlineData("My back has been sore for ages and lately it has got so much worse.")]
    [InlineData("Since my fall the pain in my buttock has got a lot worse.")]
    public void A_change_verb_with_degree_words_before_worse_is_a_worsening_course(string text) =>
        Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My lower back aches and it is getting much worse when I bend to pick things up.")]
    [InlineData("My hip is sore and it has become a lot worse whenever I climb the stairs.")]
    [InlineData("My lower back aches at work and it got way worse if I sat for an hour.")]
    public void Worse_with_an_activity_is_not_a_course(string text) =>
        Assert.Null(Worsening(text));
}
