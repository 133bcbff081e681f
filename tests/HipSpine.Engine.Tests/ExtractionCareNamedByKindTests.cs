namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-third round: care named by a medicine's kind or brand, or hands-on, is care ("gave me Voltaren, but they
/// haven't helped", "had nerve blocks, they didn't help", "muscle relaxants, nothing"), so care that did not help
/// after it is the person's. Left out: a block walked ("two blocks, they didn't help"), a numb patch, care that helped and
/// someone else's care. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCareNamedByKindTests
{
    private static object? Care(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My hip aches at night. The GP put me on Voltaren, but they haven't helped.")]
    [InlineData("My lower back has hurt for months. Had two nerve blocks, they didn't help at all.")]
    [InlineData("My back hurts. I took muscle relaxants for a week, nothing.")]
    [InlineData("My back aches. Had a course of prednisone, no change at all.")]
    public void Care_named_by_kind_that_did_not_help_reads_true(string text) => Assert.Equal(true, Care(text));

    [Theory]
    [InlineData("My back hurts when I walk. I walked two blocks and they didn't help.")] // a distance
    [InlineData("My back hurts and there's a numb patch on my thigh. It's no better.")] // no care
    [InlineData("My back hurts. Muscle relaxants helped a lot.")] // care that helped
    [InlineData("My back hurts. My husband had nerve blocks for his neck, they didn't help.")] // someone else's
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Care(text));
}
