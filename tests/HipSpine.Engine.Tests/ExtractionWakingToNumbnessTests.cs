namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-fourth round's precision kind for <c>episode.onset</c>: waking to a leg gone numb or weak, with no word of pain in
/// the sentence, is a new symptom and not how the pain began; waking with a pain still reads as a sudden onset, numbness beside
/// it or not. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWakingToNumbnessTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("My back has ached for weeks. This morning I woke up and my left leg is numb from the hip down.")]
    [InlineData("My back hurts. Woke up today and both my legs feel weak.")]
    public void Waking_to_numbness_or_weakness_is_no_onset(string text) => Assert.Null(Onset(text));

    [Theory]
    [InlineData("I woke up with a stabbing pain in my lower back and a numb foot.")]
    [InlineData("Woke up this morning with my lower back locked solid.")]
    [InlineData("I woke up and my hip was agony.")]
    public void Waking_with_pain_is_still_sudden(string text) => Assert.Equal("sudden", Onset(text));
}
