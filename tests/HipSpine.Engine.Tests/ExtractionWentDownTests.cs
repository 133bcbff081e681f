namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-third round: a person who "went down" fell ("my knee gave way and I went down", "lost my footing and went down
/// like a bag of cement", "she went down on the bathroom floor"). Left out: the pain's path ("it went down my leg"), a way
/// ("went down to the shop", "went down the stairs"), an amount ("the swelling went down"), "nearly went down", a denied fall,
/// a fall years ago and someone else's. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWentDownTests
{
    private static object? Fall(string text) => ExtractedValue.Of(text, "hx.fall_or_minor_injury");

    [Theory]
    [InlineData("My hip hurts badly. Yesterday my knee gave way in the garden and I went down.")]
    [InlineData("Walking to the bus I lost my footing and went down like a bag of cement, and now my hip aches.")]
    [InlineData("Writing for my gran. She went down on the bathroom floor this morning and her hip is very painful.")]
    public void A_person_who_went_down_reads_true(string text) => Assert.Equal(true, Fall(text));

    [Theory]
    [InlineData("My back hurts and the pain went down my leg to my foot.")] // the pain's path
    [InlineData("My hip ached after I went down to the shop.")] // a way
    [InlineData("My hip hurts. I went down the stairs slowly.")] // a way
    [InlineData("My knee swelled and my hip hurt, but the swelling went down.")] // an amount
    [InlineData("My hip hurts. My leg gave way and I nearly went down.")] // no fall
    [InlineData("My hip hurts. My husband tripped and went down on the path.")] // someone else
    [InlineData("Years ago I went down on the ice, and now my hip hurts.")] // past
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Fall(text));
}
