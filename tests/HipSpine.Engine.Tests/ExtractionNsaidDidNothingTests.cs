namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-fifth round's recall kind for <c>hx.nsaid_good_response</c> false: an anti-inflammatory told to have done
/// nothing, not to touch the pain or not to cut it ("the ibuprofen did nothing", "anti-inflammatories don't touch it"). A
/// good response still reads true, and someone else's is not read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionNsaidDidNothingTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "hx.nsaid_good_response");

    [Theory]
    [InlineData("My hip aches at night. The ibuprofen did nothing for it.")]
    [InlineData("My lower back hurts and the anti-inflammatories from the GP don't touch it.")]
    [InlineData("My hip aches. Physio and ibuprofen haven't touched it.")]
    [InlineData("My back hurts, ibuprofen doesn't cut it any more.")]
    public void An_nsaid_that_did_nothing_reads_false(string text) => Assert.Equal(false, Value(text));

    [Fact]
    public void A_good_response_still_reads_true() => Assert.Equal(true, Value("My back is sore but ibuprofen helps a lot."));

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(Value("My back is sore. My husband says naproxen did nothing for his shoulder."));
}
