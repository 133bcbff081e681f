namespace HipSpine.Engine.Tests;

/// <summary>
/// The pain's return announced ("it's back" dated, worse or alone in its sentence; "here we go again" opening the story) is a
/// recurrence (<c>episode.recurrent</c>); "back" before a noun, a bare "then it's back" after relief wore off, a possessive
/// "its back", and "here we go again" later in a story are not. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionReturnAnnouncedTests
{
    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("Well it's back. My lower back seized this morning putting the bins out.")]
    [InlineData("The physio cleared it up in spring. Since last month the buttock pain is back and I limp.")]
    [InlineData("My hip settled for a year after the injection. Now it's back and much worse than before.")]
    [InlineData("Here we go again. I bent for a sock and my lower back locked.")]
    [InlineData("Here it is again, that ache low in my back that stops me sitting.")]
    public void An_announced_return_is_a_recurrence(string text) =>
        Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("It's back pain, low down on the right, since Tuesday.")] // "back" before a noun
    [InlineData("The heat pad eases my hip for an hour, then it's back.")] // relief that wore off
    [InlineData("My back hurts. The dog hurt its back last week too.")] // a possessive
    [InlineData("My hip has ached for a month and my chest is tight. Here we go again!")] // a sigh late in the story
    [InlineData("My back aches. I'm worried it's back for good next year?")] // a worry asked
    public void Back_as_a_noun_relief_wearing_off_or_a_late_sigh_is_not(string text) =>
        Assert.Null(Recurrent(text));
}
