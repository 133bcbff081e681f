namespace HipSpine.Engine.Tests;

/// <summary>
/// The eighty-first round's ignore phrases for <c>hx.fall_or_minor_injury</c> (a red flag): falling to one's knees when the pain
/// strikes is a collapse, not a fall before the pain. Left as they were: a trip told beside it, and a plain fall. The sentences
/// are not from the corpus.
/// </summary>
public sealed class ExtractionFellToMyKneesTests
{
    private static object? Fall(string text) => ExtractedValue.Of(text, "hx.fall_or_minor_injury");

    [Theory]
    [InlineData("I bent to pick up a sock, a bolt of pain shot through my back and I fell to my knees.")]
    [InlineData("My back gave a twinge and she fell to her knees beside me.")]
    public void Falling_to_the_knees_is_no_fall(string text) => Assert.Null(Fall(text));

    [Theory]
    [InlineData("I tripped over a step yesterday and fell to my knees, and my hip has hurt since.")]
    [InlineData("I fell on the ice last week and my hip has hurt since.")]
    public void A_fall_told_beside_it_is_still_read(string text) => Assert.Equal(true, Fall(text));
}
