namespace HipSpine.Engine.Tests;

/// <summary>
/// "I can't walk" is not bearing weight (<c>func.cannot_bear_weight</c>) and difficulty walking or standing
/// (<c>func.difficulty_walking_standing</c>) as well, as the spent stories annotate it; "can't walk on that leg", and "can't walk
/// at all" in a story of weak legs (<see cref="ExtractionWalkAtAllTests"/>), stay the inability alone, and a feared or someone else's "can't walk" gives no difficulty. "I can barely get about" is
/// the difficulty too. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCannotWalkTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    private static object? BearWeight(string text) => ExtractedValue.Of(text, "func.cannot_bear_weight");

    [Theory]
    [InlineData("My lower back went into spasm on Tuesday and now I can't walk, I just lie on the sofa.")]
    [InlineData("The pain in my right hip is so bad this week that I cannot walk.")]
    [InlineData("Since the weekend my buttock has been burning and I'm unable to walk.")]
    public void Cant_walk_is_difficulty_walking_as_well_as_not_bearing_weight(string text)
    {
        Assert.Equal(true, Difficulty(text));
        Assert.Equal(true, BearWeight(text));
    }

    [Theory]
    [InlineData("Since the fall on Sunday I can't walk on that leg.")]
    public void Cant_walk_on_a_leg_is_the_inability_alone(string text)
    {
        Assert.Null(Difficulty(text));
        Assert.Equal(true, BearWeight(text));
    }

    [Theory]
    [InlineData("My hip hurts when I get up from a chair and I worry that soon I can't walk.")]
    [InlineData("My lower back aches after gardening. My husband can't walk since his stroke.")]
    public void A_feared_or_someone_elses_inability_gives_no_difficulty(string text) =>
        Assert.Null(Difficulty(text));

    [Theory]
    [InlineData("My lower back has been agony for a fortnight and I can barely get about the house.")]
    [InlineData("Both hips ache all day and I can hardly get about now.")]
    public void Barely_getting_about_is_difficulty_walking(string text) =>
        Assert.Equal(true, Difficulty(text));
}
