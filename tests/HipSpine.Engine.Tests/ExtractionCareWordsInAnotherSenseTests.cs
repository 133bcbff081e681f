namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-third round: words of care in another sense. "I haven't worked out all week" is exercise, not care that has not
/// worked, and "tried everything not to" (cough or sneeze) is an effort, not care tried; care that "haven't worked" and "tried
/// everything ... nothing has worked" still read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCareWordsInAnotherSenseTests
{
    private static object? Care(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My back hurts and I take ibuprofen at night. I haven't worked out all week so it can settle.")]
    [InlineData("My back hurts and the physio gave me exercises. I felt a cough coming and tried everything not to.")]
    public void Words_in_another_sense_are_not_read_true(string text) => Assert.NotEqual(true, Care(text));

    [Theory]
    [InlineData("My back hurts. Physio and painkillers haven't worked.")]
    [InlineData("My back hurts. I tried everything, physio, tablets, massage, and nothing has worked.")]
    public void Care_that_has_not_worked_still_reads_true(string text) => Assert.Equal(true, Care(text));
}
