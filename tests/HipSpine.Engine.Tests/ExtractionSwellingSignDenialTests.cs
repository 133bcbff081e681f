namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-fifth round's kind for <c>local.swelling_redness_warmth</c> (swelling, redness or warmth of the painful part, a red
/// flag): a denial of one of the three signs ("no redness", "not swollen", "no swelling") says nothing of the other two, so it
/// leaves the finding unanswered, and the interview asks the screen; a denial of two signs together ("no swelling or redness",
/// "no redness or swelling", "no swelling, redness or warmth") or of their sum ("not inflamed") still denies it. A sign named
/// alone still affirms it. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSwellingSignDenialTests
{
    private const string Code = "local.swelling_redness_warmth";

    private static object? Signs(string text) => ExtractedValue.Of(text, Code);

    [Theory]
    [InlineData("My hip blew up overnight and I can't stand on it. The doctor said no temperature, no redness.")]
    [InlineData("My hip aches all day. It's not swollen.")]
    [InlineData("My lower back has hurt for a week. No swelling that I can see.")]
    [InlineData("My hip hurts when I walk. There's no lump and it isn't puffy.")]
    public void A_denial_of_one_sign_leaves_the_finding_unanswered(string text) => Assert.Null(Signs(text));

    [Theory]
    [InlineData("My hip hurts when I walk. No swelling or redness.")]
    [InlineData("My lower back aches. No redness or swelling on the skin.")]
    [InlineData("My hip hurts. There's no swelling, redness or warmth.")]
    [InlineData("My hip hurts at night. It doesn't look inflamed.")]
    public void A_denial_of_two_signs_or_of_inflammation_reads_false(string text) => Assert.Equal(false, Signs(text));

    [Theory]
    [InlineData("My hip is swollen and it hurts to walk.")]
    [InlineData("The skin over my lower back is red and swollen.")]
    [InlineData("There's redness and swelling over my hip.")]
    public void A_sign_told_still_reads_true(string text) => Assert.Equal(true, Signs(text));

    [Fact]
    public void A_sign_denied_beside_one_affirmed_reads_true() =>
        Assert.Equal(true, Signs("My hip is badly swollen since this morning. No redness though."));
}
