namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixtieth round's kind for <c>hx.fall_or_minor_injury</c>: a bare fall denial ("No fall", "I haven't fallen", "I didn't fall
/// or hurt myself") denies the finding in a story that tells of no fall or injury that counts and no other injury (round 59 read
/// it only beside a fall dated to the past). Left unread: a fall denied beside another injury ("but I twisted it", "but I jarred
/// my back"), a denial that "but" follows, someone else's and a possible fall; a recent fall still reads true. The sentences are
/// not from the corpus.
/// </summary>
public sealed class ExtractionBareFallDenialTests
{
    private static object? Fall(string text) => ExtractedValue.Of(text, "hx.fall_or_minor_injury");

    [Theory]
    [InlineData("My hip has hurt for a week. No fall, it just started on its own.")]
    [InlineData("My lower back aches in the mornings. I haven't fallen and I didn't lift anything.")]
    [InlineData("My back has hurt since Tuesday. I didn't fall or hurt myself, it came on by itself.")]
    [InlineData("My groin hurts when I walk. Didn't fall or strain anything that I know of.")]
    public void A_bare_fall_denial_reads_false(string text) => Assert.Equal(false, Fall(text));

    [Theory]
    [InlineData("My back hurts. I didn't fall but I stumbled on a step on Monday.")]
    [InlineData("My hip hurts. I haven't fallen, but I twisted it getting out of the car.")]
    [InlineData("My back hurts. My mum hasn't had a fall, she's fine.")]
    [InlineData("My hip is so weak I'm worried I might fall.")]
    public void Others_are_not_read_false(string text) => Assert.NotEqual(false, Fall(text));

    [Fact]
    public void A_recent_fall_reads_true() =>
        Assert.Equal(true, Fall("I fell on the ice yesterday and my back hurts. I haven't fallen since."));
}
