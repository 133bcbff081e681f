namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-third round: not able to move at all, told now ("some days I literally can't move", "now he cannot move at all") is
/// difficulty walking or standing. Left out: a limb moved ("I can't move my left leg"), the past "couldn't move" (a moment when it
/// struck, left blank as often as annotated), a denial and someone else's. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCannotMoveNowTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My lower back has been bad for a week and this morning I literally can't move.")]
    [InlineData("When it flares up my hip locks and I cant move at all.")]
    [InlineData("Typing this for my mum, her back went yesterday and now she cannot move.")]
    public void Not_able_to_move_now_reads_true(string text) => Assert.Equal(true, Difficulty(text));

    [Theory]
    [InlineData("My back hurts and I can't move my left leg properly.")] // a limb
    [InlineData("My back aches. I can't move it much past halfway.")] // a limb or a joint
    [InlineData("Last month my back went and I couldn't move for ten minutes.")] // the past moment
    [InlineData("My back hurts but it's not like I can't move.")] // a denial
    [InlineData("My back aches. My husband's back went and he can't move.")] // someone else's
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Difficulty(text));
}
