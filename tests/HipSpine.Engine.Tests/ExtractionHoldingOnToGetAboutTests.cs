namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-seventh round's recall kind for <c>func.difficulty_walking_standing</c>: holding on to a wall, a rail, furniture or
/// a person to walk, stand or manage stairs is difficulty walking or standing. Left out: walking without holding on (a denial),
/// a hand put out in a fall, leaning forward to ease the pain, leaning on an elbow with no walking, a worry, and someone else
/// holding on. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionHoldingOnToGetAboutTests
{
    private static object? Walking(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My hip is so painful I walk round the flat holding on to the furniture.")]
    [InlineData("My back has been bad for weeks and I have to grab the banister to get up the stairs.")]
    [InlineData("My lower back hurts and I cling to the kitchen worktop just to stand at the sink.")]
    [InlineData("My groin pain is terrible, I lean on my partner to walk to the car.")]
    public void Holding_on_to_get_about_is_read(string text) => Assert.Equal(true, Walking(text));

    [Theory]
    [InlineData("My back aches a bit but I can walk without holding on to anything.")]
    [InlineData("My hip hurts. I tripped on the step, grabbed the door and fell anyway.")]
    [InlineData("My legs ache if I stand long, and leaning forward on a counter takes the pressure off.")]
    [InlineData("My back hurts when I sit and lean on one elbow at my desk.")]
    [InlineData("My hip is sore and I'm worried I'll end up holding on to the walls to walk.")]
    public void Other_holding_is_not_read(string text) => Assert.NotEqual(true, Walking(text));

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(Walking("My back aches a little. My dad has to hold on to the walls to walk since his stroke."));
}
