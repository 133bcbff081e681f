namespace HipSpine.Engine.Tests;

/// <summary>
/// The eighty-fourth round: standing that cannot last ("I can't stand for long") is worse standing and, from the same words,
/// <c>func.difficulty_walking_standing</c>. Left as they were: "can't stand" as "can't bear", standing told as fine, the
/// past "couldn't stand for long", and a distance walked that is its own finding. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCannotStandForLongTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    private static object? WorseStanding(string text) => ExtractedValue.Of(text, "pain.worse_standing");

    [Theory]
    [InlineData("My lower back has been aching for weeks and I can't stand for long at the bus stop.")]
    [InlineData("Since the autumn my hip hurts, I cannot stand for long without leaning on something.")]
    [InlineData("The ache sits across my lower back and I cant even stand still for long.")]
    public void Standing_that_cannot_last_is_read_as_both(string text)
    {
        Assert.Equal(true, Difficulty(text));
        Assert.Equal(true, WorseStanding(text));
    }

    [Theory]
    [InlineData("My lower back aches at night and I can't stand the noise of the traffic.")]
    [InlineData("My hip aches when I sit, but I can stand for long periods without any bother.")]
    public void Cannot_bear_and_standing_told_as_fine_are_not_read(string text) => Assert.NotEqual(true, Difficulty(text));

    [Fact]
    public void A_distance_walked_stays_its_own_finding() =>
        Assert.Equal(true, ExtractedValue.Of("My back hurts and I can't walk for more than ten minutes.", "func.walking_distance_reduced"));
}
