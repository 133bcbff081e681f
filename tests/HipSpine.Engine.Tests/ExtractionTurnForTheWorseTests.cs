namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-sixth round's recall kind for <c>episode.worsening</c>: the pain that "took a turn for the worse" is a worsening
/// course, written word for word. Left out: "turn" and "worse" apart in an aggravation ("when I turn to the left the pain is
/// worse", "turning over in bed makes it worse"), a denial (false), someone else's turn for the worse and a worry about one.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionTurnForTheWorseTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My hip has ached for a year, but last week it took a turn for the worse.")]
    [InlineData("The pain in my lower back was bearable until Tuesday, when it took a turn for the worse.")]
    [InlineData("My buttock pain has taken a turn for the worse since the weekend.")]
    public void A_turn_for_the_worse_is_a_worsening_course(string text) => Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My hip hurts. When I turn to the left the pain is worse.")]
    [InlineData("My back hurts. Turning over in bed makes it worse.")]
    [InlineData("My lower back aches. If I turn my head to the right it gets worse.")]
    public void Turn_and_worse_apart_are_no_course(string text) => Assert.NotEqual(true, Worsening(text));

    [Fact]
    public void A_denied_turn_for_the_worse_is_false() =>
        Assert.Equal(false, Worsening("My back hurts but it hasn't taken a turn for the worse."));

    [Theory]
    [InlineData("My back hurts. My mum's hip took a turn for the worse last month.")]
    [InlineData("My back hurts. I'm scared it will take a turn for the worse.")]
    public void Someone_elses_or_a_feared_turn_is_not_read(string text) => Assert.NotEqual(true, Worsening(text));
}
