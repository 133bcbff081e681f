namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-fifth round's kind for <c>episode.recurrent</c> (earlier episodes of similar pain): a pain that feels familiar has
/// been felt before ("that all too familiar stabbing pain", "it feels familiar, like the time I slipped a disc"), a recurrence told
/// without "again" or "before". In written order only, so knowing something ("I'm familiar with the exercises") is no recurrence,
/// and an earlier other complaint ("that familiar UTI feeling") is not read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionFamiliarPainTests
{
    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("This morning I got that all too familiar stabbing pain low in my back.")]
    [InlineData("My back went yesterday and it feels familiar, like the time I slipped a disc.")]
    [InlineData("The ache in my hip felt familiar from last winter.")]
    [InlineData("It's the familiar pain in my right buttock, worse when I sit.")]
    public void A_pain_that_feels_familiar_is_a_recurrence(string text) => Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("My back hurts since Monday. I'm familiar with the exercises from the gym.")]
    [InlineData("I got that familiar UTI feeling last week, and now my side aches.")]
    [InlineData("My hip has hurt for two weeks. The physio was familiar with that.")]
    public void Familiar_in_another_sense_is_not_read(string text) => Assert.Null(Recurrent(text));
}
