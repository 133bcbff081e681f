namespace HipSpine.Engine.Tests;

/// <summary>
/// A denial that follows the place: the testicle named first, then a list of denials after a comma ("my testicles, no
/// swelling and no soreness there"), or "nothing going on with my balls". The pain word itself is denied, so no
/// testicle pain is read; a true pain with an unrelated "no" elsewhere in the sentence still is (in the same statement
/// the red-flag guard keeps any red flag uncounted, "sore and swollen, no fever", by design). The sentences are not from
/// the corpus.
/// </summary>
public sealed class ExtractionDenialAfterThePlaceTests
{
    private static object? TesticlePain(string text) => ExtractedValue.Of(text, "visceral.testicle_pain");

    [Theory]
    [InlineData("My lower back is agony. As for my testicles, no swelling and no soreness there, I checked twice.")]
    [InlineData("Back pain for a week. Nothing going on with my balls, no lumps, no ache or tenderness down there.")]
    [InlineData("My back hurts. I looked at my scrotum, nothing odd and no pain at all.")]
    [InlineData("The ache is in my flank. Nothing wrong with my nuts, not sore and not swollen.")]
    [InlineData("Nothing going on with my balls, they have not been sore at all.")]
    public void A_pain_denied_after_the_place_is_not_testicle_pain(string text) =>
        Assert.NotEqual(true, TesticlePain(text));

    [Theory]
    [InlineData("My left testicle has been really sore and swollen since this morning and I have no fever.")]
    [InlineData("No idea what I did but my balls have been aching since the match yesterday.")]
    [InlineData("I have no temperature, but since last night my scrotum is throbbing and tender.")]
    public void A_true_pain_with_an_unrelated_no_is_still_testicle_pain(string text) =>
        Assert.Equal(true, TesticlePain(text));
}
