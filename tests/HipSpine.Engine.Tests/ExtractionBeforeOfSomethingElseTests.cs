namespace HipSpine.Engine.Tests;

/// <summary>
/// "Had ... before" is an earlier episode (<c>episode.recurrent</c>) when what was had is the pain or the back; "before" that
/// opens a clause is a time word, and another illness between "had" and "before" is that illness's history. The sentences are
/// not from the corpus.
/// </summary>
public sealed class ExtractionBeforeOfSomethingElseTests
{
    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("My lower back seized and I only got halfway round the park before I had to sit on a bench.")]
    [InlineData("Right before this started I had a nasty cold for a fortnight. Now my hip aches.")]
    [InlineData("My dad had a stroke before, and now his lower back hurts badly.")]
    public void Before_as_a_time_word_or_of_another_illness_is_no_recurrence(string text) =>
        Assert.Null(Recurrent(text));

    [Theory]
    [InlineData("I've had a flare before but it settled in a week. My lower back hurts again.", true)]
    [InlineData("I had back trouble before, years ago. Now my lower back aches.", true)]
    [InlineData("I have never had back pain before.", false)]
    public void Had_the_pain_before_is_still_read(string text, bool value) =>
        Assert.Equal(value, Recurrent(text));
}
