namespace HipSpine.Engine.Tests;

/// <summary>
/// A lump or bulge in the groin or at the top of the thigh that will not go back in, or has become hard or tender
/// (<c>visceral.groin_lump</c>, knowledge 1.60.0, lexicon <c>knowledge/lexicon/groin_lump.yaml</c>): "a lump in my groin
/// that won't go back in", "my hernia is stuck". Not a lump that goes back and does not hurt, not a hip that "won't go
/// back in", not a denial. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionGroinLumpTests
{
    private static object? GroinLump(string text) => ExtractedValue.Of(text, "visceral.groin_lump");

    [Theory]
    [InlineData("I have a lump in my groin that won't go back in and it hurts.")]
    [InlineData("My hernia is stuck and won't go back in since this morning.")]
    [InlineData("There's a painful lump in my groin since yesterday.")]
    [InlineData("A lump in my groin that I can't push back in.")]
    [InlineData("The bulge in my groin will not go back and I feel sick.")]
    public void A_lump_that_will_not_go_back_or_is_tender_is_read(string text) =>
        Assert.Equal(true, GroinLump(text));

    [Theory]
    [InlineData("I have a lump in my groin that goes back in when I lie down, it doesn't hurt.")]
    [InlineData("My hip popped out and won't go back in.")]
    [InlineData("There is no lump in my groin. My lower back aches.")]
    [InlineData("My lower back is sore and the pain won't go away when I go back to work.")]
    public void A_reducible_painless_lump_a_hip_out_of_its_socket_or_a_denial_is_not(string text) =>
        Assert.NotEqual(true, GroinLump(text));
}
