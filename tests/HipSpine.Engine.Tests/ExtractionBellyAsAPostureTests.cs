namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-eighth round's precision kind for <c>where.abdomen</c>: the belly told as the side of the body lain or moved on
/// ("lying on my stomach", "rolled onto my tummy", "dragged myself along on my belly"), as where a knee is pulled up to, or in
/// an idiom ("sick to my stomach", "tablets to protect my stomach"). A pain in the belly, a pain going round into the tummy
/// and a pain that goes from the back to the stomach are still the belly. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBellyAsAPostureTests
{
    private static object? Belly(string text) => ExtractedValue.Of(text, "where.abdomen");

    [Theory]
    [InlineData("Lying on my stomach makes the ache in my lower back worse.")]
    [InlineData("I rolled over onto my tummy and felt a sharp twinge in my back.")]
    [InlineData("My hip hurts so much I've been pulling myself along on my belly to reach the phone.")]
    [InlineData("My groin hurts when I pull my left knee up to my tummy.")]
    [InlineData("The back pain is so bad I feel sick to my stomach.")]
    [InlineData("For the back pain they gave me painkillers and something to protect my stomach from them.")]
    public void A_belly_lain_on_or_in_an_idiom_is_no_site(string text) => Assert.Null(Belly(text));

    [Theory]
    [InlineData("I have a dull pain in my stomach and my lower back.")]
    [InlineData("The pain starts in my back and goes round into my tummy.")]
    [InlineData("It runs right through from my back to my stomach.")]
    public void A_belly_that_hurts_is_still_read(string text) => Assert.Equal(true, Belly(text));
}
