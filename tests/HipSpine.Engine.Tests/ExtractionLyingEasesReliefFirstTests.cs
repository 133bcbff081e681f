namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixtieth round's recall kind for <c>pain.eased_lying_down</c>: the relief told before the lying ("The only way I get
/// comfortable is lying on the floor", "only lying flat is bearable", "it settles down when I lie on my side", "the ache goes away
/// once I'm lying down"). Left unread: lying that hurts ("the only thing that hurts is lying"), lying that is only possible for a
/// while ("I can only lie down for ten minutes"), relief that was, a denial and someone else's. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLyingEasesReliefFirstTests
{
    private static object? Eased(string text) => ExtractedValue.Of(text, "pain.eased_lying_down");

    [Theory]
    [InlineData("My lower back has hurt for a week. The only way I get comfortable is lying on the floor with my knees up.")]
    [InlineData("My back is agony, I can't sit at all, only lying flat is bearable.")]
    [InlineData("My hip aches when I walk and it settles down when I lie on my side.")]
    [InlineData("My back hurts standing, and the ache goes away once I'm lying down.")]
    [InlineData("The only thing that helps a bit is lying on the sofa with a cushion under my legs.")]
    public void Relief_told_before_the_lying_reads_true(string text) => Assert.Equal(true, Eased(text));

    [Theory]
    [InlineData("My back hurts all day, and the only thing that hurts more is lying on my front.")]
    [InlineData("My back aches. I can only lie down for ten minutes before I have to get up.")]
    [InlineData("My back hurts. The only comfortable position was lying on my side, but now even that is sore.")]
    [InlineData("My back hurts and it doesn't settle down when I lie flat.")]
    [InlineData("My back hurts. My wife says the only way she is comfy is lying on the floor.")]
    public void Others_are_left_unread(string text) => Assert.NotEqual(true, Eased(text));
}
