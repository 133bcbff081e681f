namespace HipSpine.Engine.Tests;

/// <summary>
/// The low back named with a word of locking, spasm, injury or nagging trouble rather than a pain word is a place that
/// troubles the person (<c>where.low_back</c>), as does something felt there or likened to a knife there (round 80); the low back as the object of a scan, and a sentence with none of these
/// words, are not read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLowBackComplaintTests
{
    private static object? LowBack(string text) => ExtractedValue.Of(text, "where.low_back");

    [Theory]
    [InlineData("Got out of the car on Tuesday and my lower back was completely locked.")]
    [InlineData("I blew my lower back out moving a wardrobe.")]
    [InlineData("I've had a nagging low back since my twenties.")]
    [InlineData("They found a herniated disc in my lower back.")]
    [InlineData("My lower back has been playing up all winter.")]
    [InlineData("I reached for the top shelf and felt it right away in the small of my back.")] // round 80: felt there
    [InlineData("Bending over the bath, then suddenly like a knife in my lower back.")] // round 80: a blade likened
    public void A_low_back_with_a_complaint_word_is_read(string text) =>
        Assert.Equal(true, LowBack(text));

    [Theory]
    [InlineData("I went for an MRI of my lower back and they were not bothered by it.")] // the object of a scan
    [InlineData("I keep my lower back straight when I lift.")] // no complaint word
    [InlineData("They used a knife to take the stitches out after my lower back scan.")] // the object of a scan
    [InlineData("My knee felt stiff. I sleep with a pillow under my lower back.")] // felt in another sentence
    public void A_scan_or_a_sentence_without_complaint_is_not(string text) =>
        Assert.Null(LowBack(text));
}
