namespace HipSpine.Engine.Tests;

/// <summary>
/// "Night" naming one night or a night as a measure ("one night the pain ...", "that night", "the first night", "after a
/// night's sleep") is when something happened, not night pain (<c>pain.night</c>); "at night", "some nights" and "every
/// night" still are. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionOneNightTests
{
    private static object? Night(string text) => ExtractedValue.Of(text, "pain.night");

    [Theory]
    [InlineData("My back got worse over a month. One night the pain was so bad I was sick.")]
    [InlineData("I played squash and that night got a pain deep in my hip.")]
    [InlineData("We drove to the lake and the first night there my lower back went into spasm.")]
    [InlineData("My hips are stiff and sore every morning after a night's sleep.")]
    public void One_night_named_is_not_night_pain(string text) =>
        Assert.Null(Night(text));

    [Theory]
    [InlineData("My lower back is much worse at night.")]
    [InlineData("Some nights my hip throbs so much I can't settle.")]
    [InlineData("My back pain is there day and night.")]
    public void The_night_as_when_it_hurts_still_is(string text) =>
        Assert.Equal(true, Night(text));
}
