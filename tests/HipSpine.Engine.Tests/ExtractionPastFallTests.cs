namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-ninth round's red-flag polarity kind for <c>hx.fall_or_minor_injury</c> (a fall or minor injury shortly before this
/// pain): a fall dated to the past by a year, "back in" a year, a childhood, or a bone broken years ago is not read as that fall,
/// and a bare denial of a fall in a story whose fall is dated past reads as denied. A fall of the last days ("two days ago",
/// "since a fall last week"), a fall "N years ago" that began this pain, a recent fall beside an old one read as before, and a bare denial with no past
/// fall reads denied since round 60 (<c>ExtractionBareFallDenialTests</c>); someone else's fall, a denial beside another injury and a guess stay unread. The sentences are
/// not from the corpus.
/// </summary>
public sealed class ExtractionPastFallTests
{
    private static object? Fall(string text) => ExtractedValue.Of(text, "hx.fall_or_minor_injury");

    [Theory]
    [InlineData("My mum is 88. She broke her wrist in 2015 after a fall at the shops. For three weeks now her right hip has ached.")]
    [InlineData("Back in 98 I slipped at work and now my lower back aches most days.")]
    [InlineData("When I was young I fell out of a tree, and for a fortnight my hip has hurt.")]
    [InlineData("I broke my leg in a fall in 2001. I don't think I have had a fall since, my back hurts.")]
    public void A_fall_dated_to_the_past_is_not_read(string text) => Assert.Null(Fall(text));

    [Theory]
    [InlineData("Writing for my gran. She broke her arm in 2012 after a fall. She hasn't had any fall since, but her left hip has hurt for a month.")]
    [InlineData("I broke my leg in a fall in 2001. I haven't fallen, but my back has ached for two weeks.")]
    [InlineData("My back has hurt for two weeks. I haven't had any fall.")] // round 60: a bare denial with no past fall, too
    public void A_denial_beside_a_past_fall_reads_denied(string text) => Assert.Equal(false, Fall(text));

    [Theory]
    [InlineData("I fell two days ago and my hip has hurt ever since.")]
    [InlineData("My lower back has hurt since a fall last week.")]
    [InlineData("Two years ago I fell onto my bottom and ever since my buttock has hurt.")]
    [InlineData("I broke my ankle in 2015. Yesterday I fell in the garden and now my hip hurts.")]
    [InlineData("I broke my hip in 2015 and two days ago I fell again, now my groin hurts.")]
    [InlineData("I broke my leg in a fall in 2001. Last week I slipped on the stairs and my back hurts.")]
    public void A_recent_fall_still_reads_true(string text) => Assert.Equal(true, Fall(text));

    [Theory]
    [InlineData("My husband broke his leg in a fall in 2010. My own back has hurt for a month.")]
    [InlineData("As a child I fell off a wall. I haven't had a fall, but I twisted my back lifting a box last week.")]
    public void Others_are_left_unread(string text) => Assert.Null(Fall(text));
}
