namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-sixth round's precision kind for <c>hx.fall_or_minor_injury</c>: a word of falling in another sense ("I fell
/// asleep", "I'm falling apart", "falling behind at work", a "slipped hip" named as a diagnosis, holding on "so I wouldn't fall")
/// is no fall or knock. A fall told is still read, a fall denied is not read true, and someone else's fall is not read. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionFallInAnotherSenseTests
{
    private static object? Fall(string text) => ExtractedValue.Of(text, "hx.fall_or_minor_injury");

    [Theory]
    [InlineData("My back aches. I fell asleep on the sofa and woke up with it worse.")]
    [InlineData("My hip hurts and my partner jokes that I'm falling apart.")]
    [InlineData("My lower back has hurt for weeks and I'm falling behind at work.")]
    [InlineData("My hip hurts and the specialist says it's a slipped hip from when I was a teenager.")]
    [InlineData("A sharp pain went through my back and I grabbed the table so I wouldn't fall.")]
    public void Falling_in_another_sense_is_not_read(string text) => Assert.Null(Fall(text));

    [Fact]
    public void A_fall_told_still_reads_true() =>
        Assert.Equal(true, Fall("Two days ago I fell on the ice and my hip has hurt since."));

    [Fact]
    public void A_denied_fall_is_not_read_true() =>
        Assert.NotEqual(true, Fall("My back started hurting out of the blue, I didn't fall or bang it."));

    [Fact]
    public void Someone_elses_fall_is_not_read() =>
        Assert.Null(Fall("My back hurts. My neighbour fell off a ladder last week and broke his wrist."));
}
