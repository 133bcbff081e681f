namespace HipSpine.Engine.Tests;

/// <summary>
/// Work missed ("I can't work", "off work") tells of difficulty getting about (<c>func.difficulty_walking_standing</c>); "work
/// out" is exercise and "off" and "work" apart are two words ("it eases off when I'm at work"). The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionWorkSenseTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My lower back aches and I can't work out at the gym any more.")]
    [InlineData("My hip is stiff in the morning but the pain eases off once I'm at work.")]
    public void Working_out_and_easing_off_at_work_are_not_work_missed(string text) =>
        Assert.Null(Difficulty(text));

    [Theory]
    [InlineData("My lower back is so bad I'm off work this week.")]
    [InlineData("My hip hurts so much I can't work.")]
    public void Work_missed_is_still_read(string text) =>
        Assert.Equal(true, Difficulty(text));
}
