namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-seventh round's recall kind for <c>episode.not_improving_with_care</c>: care that someone named just before gave
/// the writer ("the tablets he gave me don't do much", "the exercises she gave me made it worse", "Dad took me to a
/// chiropractor and that made it worse") is the writer's care, so what it did not do is read. Left out: care that helped, a
/// denial, and another person's own care. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCareGivenToMeTests
{
    private static object? Care(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My lower back has ached for a month. The tablets he gave me don't do much.")]
    [InlineData("My hip hurts when I walk. The GP sent me to a physio and the exercises she gave me just made it worse.")]
    [InlineData("My back went in the garden. Dad took me to a chiropractor and that made it worse.")]
    public void Care_given_to_the_writer_that_did_not_help_is_read(string text) => Assert.Equal(true, Care(text));

    [Theory]
    [InlineData("My lower back has ached for a month. The tablets he gave me have helped a lot.")]
    [InlineData("My hip hurts. The pills he takes for his knee don't do much.")]
    [InlineData("My hip hurts. My husband says the physio made his knee worse.")]
    public void Care_that_helped_or_someone_elses_care_is_not_read(string text) => Assert.NotEqual(true, Care(text));
}
