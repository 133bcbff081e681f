namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-first round: the back hurt once more told in the simple past with "again" is a recurrence, as the perfect
/// already was ("I've put my back out again"): "I did my back in again", "Did my back in AGAIN.", "I put my back out again",
/// "I pulled my hip again". "Did" counts only as "did my back (hip) in" ("I did it again" may be anything), the simple past
/// needs "again" ("I tweaked my back before the race" dates an event), and someone else's back is not the person's. Each
/// sentence that reads was left unread before the round. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionHurtAgainInThePastTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("I did my back in again. It hurts low down.")]
    [InlineData("Did my back in AGAIN. It hurts low down.")]
    [InlineData("I put my back out again lifting the dog.")]
    [InlineData("I pulled my hip again at football.")]
    public void Hurt_again_in_the_simple_past_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("I did it again, ate too much. My back hurts.")]
    [InlineData("I tweaked my back before the race and it hurts.")]
    [InlineData("My sister put her back out again. My hip hurts.")]
    public void Not_a_back_hurt_again(string text) => Assert.NotEqual(true, Value(text));
}
