namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-first round's precision kinds for <c>pain.worse_stairs_or_rising</c>: sitting and standing told as two activities
/// of a list, with a comma or a second condition between ("I couldn't sit, stand or lie down", "worse when I sit or when I
/// stand"), are not getting up from a seat; and standing up that brings on dizziness or faintness and no pain ("When I stand up
/// ... I get dizzy and see stars", "I go light headed and faint") is not pain worse on rising. Still read: "when I stand up or
/// sit down", "I struggle to stand up, sit down", standing up from the sofa, and dizziness told beside a pain that gets worse.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSitStandListTests
{
    private static object? Rising(string text) => ExtractedValue.Of(text, "pain.worse_stairs_or_rising");

    [Theory]
    [InlineData("My lower back got so bad I couldn't sit, stand or lie down for weeks.")]
    [InlineData("My hip hurts and it gets worse when I sit or when I stand in the kitchen.")]
    [InlineData("My back has ached for a month. When I stand up it's not my back that's the trouble, I get dizzy and see stars.")]
    [InlineData("My back has been sore for weeks. When I stand up I go light headed and faint, my husband caught me.")]
    [InlineData("My lower back hurts most days. When I stand up quickly it isn't the back, I get giddy.")]
    public void A_list_or_dizziness_on_rising_is_left_unread(string text) => Assert.Null(Rising(text));

    [Theory]
    [InlineData("My lower back hurts when I stand up from the sofa.")]
    [InlineData("My back is worse when I stand up or sit down, a sharp stab every time.")]
    [InlineData("My hip is sore and I struggle to stand up, sit down or get out of the car.")]
    [InlineData("When I stand up I feel dizzy and my back hurts even more.")]
    public void Rising_that_hurts_is_still_read(string text) => Assert.Equal(true, Rising(text));

    [Fact]
    public void Standing_in_the_list_is_still_read() =>
        Assert.Equal(true, ExtractedValue.Of("My hip hurts and it gets worse when I sit or when I stand in the kitchen.", "pain.worse_standing"));
}
