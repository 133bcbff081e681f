namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-eighth round's lexicon ignore phrases: a slipped vertebra and "a slipped back" name a back complaint, as a slipped
/// disc does, and are no fall (<c>hx.fall_or_minor_injury</c>); "attaches" is where a tendon joins a bone, and the spelling
/// corrector no longer folds it onto "attacks" (<c>episode.recurrent</c>). A slip on the ice and pain that comes in attacks are
/// read as before. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSlippedVertebraAndAttachesTests
{
    private static object? Fall(string text) => ExtractedValue.Of(text, "hx.fall_or_minor_injury");

    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("The scan showed a slipped vertebra and my lower back aches all the time.")]
    [InlineData("My back went and I think this is what a slipped back feels like.")]
    public void A_slipped_vertebra_or_back_is_no_fall(string text) => Assert.Null(Fall(text));

    [Theory]
    [InlineData("I slipped on the ice and hurt my back.")]
    [InlineData("I slipped on a wet floor and my back has hurt since.")]
    public void A_slip_is_still_a_fall(string text) => Assert.Equal(true, Fall(text));

    [Theory]
    [InlineData("I get a sharp pain low in my buttock where the hamstring attaches to the bone.")]
    [InlineData("The pain is right where the tendon attaches to my hip.")]
    public void Where_a_tendon_attaches_is_no_attack(string text) => Assert.Null(Recurrent(text));

    [Fact]
    public void Pain_that_comes_in_attacks_is_still_a_recurrence() =>
        Assert.Equal(true, Recurrent("My sciatica comes in attacks every few months."));
}
