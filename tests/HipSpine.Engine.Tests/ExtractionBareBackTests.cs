namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifteenth round: a denied bare "back" denies the low back (since the fortieth, a bare "back" said to hurt is read as it:
/// <see cref="ExtractionBareBackAffirmedTests"/>). The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBareBackTests
{
    [Theory]
    [InlineData("My hip is agony when I walk. No back pain though.")]
    [InlineData("The groin hurts when I run but it doesn't go into my back.")]
    [InlineData("My knee aches all day, my back doesn't hurt at all.")]
    public void A_denied_bare_back_denies_the_low_back(string text) =>
        Assert.Equal(false, ExtractedValue.Of(text, "where.low_back"));

    [Theory]
    [InlineData("My back has been killing me for a week.")] // said to hurt: the low back since round 40, never denied
    [InlineData("I've never had back pain before this, but now my hip hurts.")] // the past
    [InlineData("My hip hurts; I never injured my back.")] // an injury denied, not the place
    [InlineData("I sat all day in a chair with no back support and now my hip aches.")] // a chair
    [InlineData("My upper back aches between the shoulders, but there is no back pain lower down.")] // the upper back named
    [InlineData("The hip pain comes back when I walk, it isn't there when I rest.")] // "back" an adverb
    public void Other_bare_backs_do_not_deny_the_low_back(string text) =>
        Assert.NotEqual(false, ExtractedValue.Of(text, "where.low_back"));

    [Fact]
    public void A_denied_bare_back_does_not_outweigh_the_low_back_said_to_hurt() =>
        Assert.Equal(true, ExtractedValue.Of("My lower back aches after work. No back pain in the mornings.", "where.low_back"));
}
