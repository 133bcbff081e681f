namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-fourth round: "walking hurts" told now ("these days walking really hurts", "standing and walking both hurt") is
/// difficulty walking or standing as well as worse walking. Left out: the past ("walking hurt"), walking that "started to hurt"
/// (a moment), "walking it hurts", a denial and someone else's. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWalkingHurtsTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    private static object? WorseWalking(string text) => ExtractedValue.Of(text, "pain.worse_walking");

    [Theory]
    [InlineData("My left hip has been sore for a month and walking hurts.")]
    [InlineData("Pain in my lower back. These days walking really hurts, even round the supermarket.")]
    [InlineData("My buttock aches. Standing and walking both hurt, and I can't get comfy in bed.")]
    public void Walking_hurts_now_reads_true(string text)
    {
        Assert.Equal(true, Difficulty(text));
        Assert.Equal(true, WorseWalking(text));
    }

    [Theory]
    [InlineData("Years ago my hip went and walking hurt for a week, it's my back now.")] // the past
    [InlineData("My back aches. I went to the GP when walking started to hurt.")] // a moment
    [InlineData("My back aches. Walking doesn't hurt at all, only sitting.")] // a denial
    [InlineData("My hip aches. My husband says walking hurts his knee.")] // someone else's
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Difficulty(text));
}
