namespace HipSpine.Engine.Tests;

/// <summary>
/// Not being able to stand up straight is difficulty standing (<c>func.difficulty_walking_standing</c>), round 41: six of
/// nine spent stories that say it annotate the finding. Able to stand up straight, a denial, and the idiom are not read so.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionStandUpStraightTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("Since I lifted the sofa on Sunday my lower back has seized and I can't stand up straight.")]
    [InlineData("Most mornings I'm stooped like a question mark and cant even stand up straight till lunch.")]
    [InlineData("My hip is so sore today that I couldnt stand up straight at the bus stop.")]
    public void Not_standing_up_straight_is_difficulty_standing(string text) =>
        Assert.Equal(true, Difficulty(text));

    [Theory]
    [InlineData("My lower back aches after gardening but I can stand up straight without any bother.")] // able
    [InlineData("My hip aches when I jog, though I have no trouble standing up straight.")] // denied
    [InlineData("My back is sore in the evenings and honestly I can't stand it anymore.")] // the idiom
    public void Standing_up_straight_fine_or_the_idiom_is_not(string text) =>
        Assert.NotEqual(true, Difficulty(text));
}
