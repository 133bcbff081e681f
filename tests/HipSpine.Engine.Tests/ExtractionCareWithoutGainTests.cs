namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirty-second round's recall kind for care that did not help: care told to have brought no gain ("no benefit",
/// "no real improvement", "never got better", "nothing works", "nobody has helped") or a pain that outlasted it ("hasn't
/// gone anywhere", "didn't pass"). Each still needs care named in the story, so the same words with no care do not read.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCareWithoutGainTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My lower back aches. The chiropractor did three sessions, no benefit.")]
    [InlineData("My hip hurts. I had a steroid injection last month but no real improvement.")]
    [InlineData("My back has ached since spring. I took the tablets for weeks and it never got better.")]
    [InlineData("My hip is sore. Stretches, heat, ibuprofen, nothing works.")]
    [InlineData("My back hurts. I have seen four doctors and nobody has really helped.")]
    [InlineData("My back aches. Two weeks of physio and the pain hasn't gone anywhere.")]
    [InlineData("My hip hurts. The doctor gave me naproxen but it didn't pass.")]
    public void Care_without_gain_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back hurts and it never got better, what could it be?")] // no care named
    [InlineData("My hip aches and nothing works the way it used to.")] // no care named
    public void The_same_words_without_care_do_not_read(string text) => Assert.Null(Value(text));
}
