namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-second round's recall kind for <c>pain.worse_sitting</c>: sitting told as a past inability ("I couldn't even sit
/// down", "couldnt sit through the meeting", "no way I could sit in the car"), read as "can't sit" already was; and its false
/// readings: sitting up from lying ("she can't sit up", "I couldn't sit up in bed") is getting up, not sitting, and "couldn't sit
/// still" is restlessness. A denial and someone else's are not read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCouldNotSitTests
{
    private static object? Sitting(string text) => ExtractedValue.Of(text, "pain.worse_sitting");

    [Theory]
    [InlineData("Last week my lower back went and I couldn't even sit down.")]
    [InlineData("My hip hurt so much I couldnt sit through the meeting.")]
    [InlineData("My back aches and there was no way I could sit in the car for the drive home.")]
    [InlineData("By Friday my buttock was so painful I could not sit on a chair.")]
    public void Could_not_sit_reads_true(string text) => Assert.Equal(true, Sitting(text));

    [Theory]
    [InlineData("My back is agony and I can't sit up in bed.")]
    [InlineData("My lower back locked and I couldn't sit up for an hour.")]
    [InlineData("My hip ached all night and I couldn't sit still.")]
    [InlineData("My hip hurts when I walk, but it isn't that I couldn't sit.")]
    [InlineData("My back hurts. My husband couldn't sit down after his knee operation.")]
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Sitting(text));

    [Fact]
    public void Could_not_sit_still_is_restlessness() =>
        Assert.Equal(true, ExtractedValue.Of("My back was agony and I couldn't sit still all night.", "pain.restless_cannot_get_comfortable"));
}
