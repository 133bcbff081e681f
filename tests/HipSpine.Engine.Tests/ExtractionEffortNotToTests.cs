namespace HipSpine.Engine.Tests;

/// <summary>
/// The "not" of an effort: "trying not to pass out", "doing my best not to faint" tell of a near-faint, which the spent
/// stories annotate as a collapse or faint ("nearly passed out", "about to pass out"), so it is not read as a denial.
/// A plain denial stays a denial. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionEffortNotToTests
{
    private static object? Faint(string text) => ExtractedValue.Of(text, "systemic.collapse_or_faint");

    [Theory]
    [InlineData("My back and side have been in agony since dawn and I sat on the stairs trying not to pass out.")]
    [InlineData("The pain in my back was so bad I was doing my best not to faint in the queue.")]
    [InlineData("Since this morning my back is killing me and I had to try not to black out at work.")]
    [InlineData("My lower back went this morning, I tried not to pass out when I stood up.")]
    public void An_effort_not_to_faint_is_a_near_faint(string text) =>
        Assert.Equal(true, Faint(text));

    [Theory]
    [InlineData("My lower back has hurt for two weeks. I have not passed out or fainted at any point.")]
    [InlineData("Back pain since Monday, never fainted, no dizziness.")]
    public void A_plain_denial_is_still_a_denial(string text) =>
        Assert.NotEqual(true, Faint(text));
}
