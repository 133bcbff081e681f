namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-seventh round's precision kind for <c>pain.worse_bending_lifting</c>: bending or lifting a part of the body that is
/// not the trunk ("it hurts to lift my arms", "I can't bend my knee properly", "when I lift my leg up") moves that part; it is
/// not bending over or lifting a load. Bending over, lifting heavy boxes and bending down to put socks on are read as before.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLimbBentOrLiftedTests
{
    private static object? BendingLifting(string text) => ExtractedValue.Of(text, "pain.worse_bending_lifting");

    [Theory]
    [InlineData("My mid back hurts since the fall. It hurts to lift my arms above my head.")]
    [InlineData("My hip aches. I can't bend my knee properly.")]
    [InlineData("My lower back is sore and it hurts when I lift my leg up onto the bed.")]
    [InlineData("My hip hurts. I can't bend my leg fully.")]
    public void A_limb_bent_or_lifted_is_no_bending_or_lifting(string text) => Assert.Null(BendingLifting(text));

    [Theory]
    [InlineData("My back hurts when I bend over.")]
    [InlineData("My back hurts when I'm lifting heavy boxes at work.")]
    [InlineData("Bending down to put my socks on hurts my back.")]
    public void Bending_over_and_lifting_loads_are_still_read(string text) => Assert.Equal(true, BendingLifting(text));
}
