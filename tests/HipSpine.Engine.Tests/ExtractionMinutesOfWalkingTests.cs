namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-fourth round: minutes of walking told as what stops the walk ("after about 15 mins walking my calf cramps",
/// "after 20 minutes of walking my thighs go heavy") are a shorter walking distance, like metres or blocks. Left out: a walk
/// had ("a short 10 min walk helps"), minutes of something else, the past, a denial and someone else's. The sentences are not
/// from the corpus.
/// </summary>
public sealed class ExtractionMinutesOfWalkingTests
{
    private static object? Distance(string text) => ExtractedValue.Of(text, "func.walking_distance_reduced");

    [Theory]
    [InlineData("My lower back aches and after about 15 mins walking my calf cramps up.")]
    [InlineData("For six months, after 20 minutes of walking my thighs go heavy and I have to sit.")]
    [InlineData("Hip pain on the left that starts after 10 minutes walking and eases when I stop.")]
    public void Minutes_of_walking_that_stop_the_walk_read_true(string text) => Assert.Equal(true, Distance(text));

    [Theory]
    [InlineData("My back aches but a short 10 min walk only ever helps it.")] // a walk had
    [InlineData("My back aches after 20 minutes of sitting at my desk.")] // not walking
    [InlineData("My hip aches. Years ago after 10 minutes of walking my knee would hurt.")] // the past
    [InlineData("My back aches. My husband gets leg pain after 10 minutes of walking.")] // someone else's
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Distance(text));
}
