namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventieth round: "spells" in the plural are the pain's earlier episodes (<c>SpellsOfPain</c>, <c>episode.recurrent</c>),
/// as "bouts" are; dizzy spells, long spells of time, "it spells trouble" and a denial are not. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionSpellsOfPainTests
{
    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("Over the last ten years I've had a few spells of bad low back pain.")]
    [InlineData("My hip pain comes in spells that last a week or two.")]
    public void Spells_of_the_pain_recur(string text) => Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("My lower back aches, worse after long spells at the computer.")]
    [InlineData("My back hurts and I get dizzy spells when I stand.")]
    [InlineData("My lower back hurts, and to me it spells trouble.")]
    [InlineData("My hip aches. I've never had spells of pain like this.")]
    public void Other_spells_are_no_recurrence(string text) => Assert.Null(Recurrent(text));
}
