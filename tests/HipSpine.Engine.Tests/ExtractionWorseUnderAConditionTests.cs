namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-first round's precision kind for <c>episode.worsening</c>: "gets worse" or "gets bad" in the present simple
/// under a condition in its sentence ("when", "whenever", "if", "until", "till", before the verb or further on) tells what
/// happens each time, not the episode's course. The change told with "got" or "getting", or with a course of time in the
/// sentence ("every day"), is still read. The sentences are not from the corpus; each one read true before the round.
/// </summary>
public sealed class ExtractionWorseUnderAConditionTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("When I bend or cough, my back gets worse.")]
    [InlineData("If I stand at the sink my hip gets worse.")]
    [InlineData("My lower back gets bad if I sit on a soft sofa.")]
    [InlineData("The ache in my back begins after lunch and gets worse until I go to bed.")]
    [InlineData("When it gets bad the pain goes down my leg.")]
    public void Gets_worse_under_a_condition_is_not_the_course(string text) => Assert.NotEqual(true, Value(text));

    [Theory]
    [InlineData("My back pain gets worse every day, even when I rest.")]
    [InlineData("My hip has got worse since Christmas and it hurts when I walk.")]
    [InlineData("My back is getting worse and it hurts when I sit.")]
    public void A_change_is_still_read(string text) => Assert.Equal(true, Value(text));
}
