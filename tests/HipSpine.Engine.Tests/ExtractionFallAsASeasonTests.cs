namespace HipSpine.Engine.Tests;

/// <summary>
/// The eighty-first round: "fall" as the American autumn is no fall (<c>hx.fall_or_minor_injury</c>, a red flag). Left as they
/// were: "my last fall" and "since that fall", which are the event, and a plain fall. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionFallAsASeasonTests
{
    private static object? Fall(string text) => ExtractedValue.Of(text, "hx.fall_or_minor_injury");

    [Theory]
    [InlineData("My hip has ached since last fall and it is worse on the stairs.")]
    [InlineData("My back started hurting in the fall of 2021 and never settled.")]
    [InlineData("My lower back has been sore all through fall semester.")]
    public void The_season_is_no_fall(string text) => Assert.Null(Fall(text));

    [Theory]
    [InlineData("My hip has hurt since my last fall a week ago.")]
    [InlineData("Three days ago I had a fall in the garden and my hip has hurt since that fall.")]
    [InlineData("I fell off the kerb yesterday and my back has hurt since.")]
    public void A_fall_is_still_read(string text) => Assert.Equal(true, Fall(text));
}
