namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-third round: an activity after "every time" or "each time" is a condition the pain follows, like "whenever" ("a
/// sharp pain every time I walk", "each time I bend it catches me"). Left out: relief told with it ("every time I walk it
/// eases"), a denial, a past time and someone else's. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionEveryTimeTests
{
    private static object? Walking(string text) => ExtractedValue.Of(text, "pain.worse_walking");

    [Theory]
    [InlineData("For two months my left hip has given me a stabbing pain every time I walk.")]
    [InlineData("Each time I walk to the shops my lower back aches badly.")]
    public void Every_time_I_walk_reads_true(string text) => Assert.Equal(true, Walking(text));

    [Fact]
    public void Every_time_I_bend_is_bending() =>
        Assert.Equal(true, ExtractedValue.Of("My back is sore and every time I bend I get a sharp pain.", "pain.worse_bending_lifting"));

    [Theory]
    [InlineData("My back aches in the morning but every time I walk it eases.")] // relief
    [InlineData("My hip doesn't hurt every time I walk, only on hills.")] // a denial
    [InlineData("My husband gets a pain every time he walks.")] // someone else
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Walking(text));
}
