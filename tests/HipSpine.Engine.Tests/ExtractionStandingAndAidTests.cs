namespace HipSpine.Engine.Tests;

/// <summary>
/// Not being able to stand up or straighten up, and getting about with a walking aid, are difficulty walking or standing
/// (<c>func.difficulty_walking_standing</c>); the idiom "can't stand it", an
/// aid suggested, feared or pushed for someone else, and a denial are not read so. A length told of using the aid measures
/// the aid, not the episode. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionStandingAndAidTests
{
    private const string Code = "func.difficulty_walking_standing";

    private static object? Difficulty(string text) => ExtractedValue.Of(text, Code);

    [Theory]
    [InlineData("Since Monday my back is so stiff I can't stand up from a chair without help.")]
    [InlineData("This morning I couldn't even stand up from the sofa.")]
    [InlineData("Some mornings I cant straighten up for an hour.")]
    [InlineData("The pain is terrible and I can barely stand upright.")]
    public void Not_standing_up_is_difficulty_standing(string text) =>
        Assert.Equal(true, Difficulty(text));

    [Theory]
    [InlineData("I've been using a walking stick since the spring.")]
    [InlineData("Now I need a walker to get to the bathroom.")]
    [InlineData("I get around the flat with a cane these days.")]
    [InlineData("We had to use a wheelchair at the airport because of my hip.")]
    public void A_walking_aid_used_is_difficulty_walking(string text) =>
        Assert.Equal(true, Difficulty(text));

    [Theory]
    [InlineData("My hip hurts so much I can't stand it.")] // the idiom
    [InlineData("My daughter wants me to use a walker but my hip is only a bit sore.")] // suggested
    [InlineData("I'm scared I'll end up needing a wheelchair like my uncle.")] // a fear
    [InlineData("My back started hurting while pushing my dad's wheelchair up a hill.")] // someone else's aid
    [InlineData("I can stand up fine, it's only bending that hurts.")] // able
    public void The_idiom_an_aid_not_used_or_standing_up_fine_is_not(string text) =>
        Assert.Null(Difficulty(text));

    [Fact]
    public void A_length_of_using_the_aid_is_not_the_episode() =>
        Assert.Null(ExtractedValue.Of("My hips have always been bad. Since March I use a cane for the shops.", "episode.duration_days"));
}
