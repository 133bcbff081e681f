namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-sixth round's phrases for <c>hx.fall_or_minor_injury</c> (a red flag): a fall from a bicycle told as coming off
/// it. Left as they were: coming off a medicine, a fall from a bike dated years back, and a denial, which says nothing of the
/// other minor injuries and so must never read "no" (an unanswered screen is never reassurance). The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionCameOffMyBikeTests
{
    private static object? Fall(string text) => ExtractedValue.Of(text, "hx.fall_or_minor_injury");

    [Theory]
    [InlineData("Ten days ago I came off my bike on a wet corner and my left hip has ached ever since.")]
    [InlineData("My lower back has hurt since I came off the bike at the weekend.")]
    public void Coming_off_a_bike_is_a_fall(string text) => Assert.Equal(true, Fall(text));

    [Theory]
    [InlineData("My back aches and I came off my blood pressure tablets last month.", null)]
    [InlineData("My hip has ached for a week. I broke my wrist coming off my bike 20 years ago.", null)]
    [InlineData("My back has hurt for a week. I didn't come off my bike or anything.", null)]
    public void Others_are_not_read(string text, object? expected) => Assert.Equal(expected, Fall(text));
}
