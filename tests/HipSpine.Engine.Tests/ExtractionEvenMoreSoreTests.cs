namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-second round's recall kind for <c>episode.worsening</c> (lexicon): the pain "even more sore" or "even more
/// painful" than it was is a worsening course, "even" comparing it with an earlier, milder state. Left out: "sore" and "more"
/// apart or in another order, "even more so", and a denial (false). The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionEvenMoreSoreTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("I strained my hip at the gym, and two days later it was even more sore.")]
    [InlineData("My lower back ached after the move and by the weekend it was even more painful.")]
    public void Even_more_sore_is_a_worsening_course(string text) => Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My hip is sore. I walk more than I used to.")]
    [InlineData("My back aches, even more so in the morning.")]
    [InlineData("My groin is sore and I can't do more than a mile, even on good days.")]
    public void More_and_sore_apart_are_no_course(string text) => Assert.NotEqual(true, Worsening(text));

    [Fact]
    public void A_denied_even_more_sore_is_false() =>
        Assert.Equal(false, Worsening("My back hurts, but it isn't even more sore than last week."));
}
