namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-eighth round's recall kind for <c>pain.worse_walking</c>: a walk that cannot be had without the pain ("I can't walk
/// without pain", "I can't sit, stand or walk without it hurting"). Left out: a distance walked without pain (how far), a walk
/// without an aid (difficulty walking), walking without pain (a denial), a worry and someone else's. The sentences are not from
/// the corpus.
/// </summary>
public sealed class ExtractionWalkingWithoutPainTests
{
    private static object? WorseWalking(string text) => ExtractedValue.Of(text, "pain.worse_walking");

    [Theory]
    [InlineData("My right hip has been bad since Easter and I can't walk without sharp pain now.")]
    [InlineData("My lower back has got to where I can't sit, stand, walk or lie down without it hurting.")]
    [InlineData("My lower back is agony and I can't sit or walk without it, so I barely go out.")]
    [InlineData("My buttock aches all the time and I couldnt walk to the shop without a lot of pain.")]
    public void A_walk_that_hurts_is_read(string text) => Assert.Equal(true, WorseWalking(text));

    [Theory]
    [InlineData("My back aches and I can't walk more than a mile without pain.")]
    [InlineData("My hip hurts and I can't walk without a stick.")]
    [InlineData("My back aches when I sit, but I can walk without any pain.")]
    [InlineData("My hip aches and I'm scared I won't be able to walk without pain one day.")]
    public void Other_walks_are_not_read(string text) => Assert.NotEqual(true, WorseWalking(text));

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(WorseWalking("My back is fine. My mother can't walk without pain since her knee operation."));
}
