namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-fifth round's precision kind for <c>where.knee</c>: the knee told as where a thigh pain stops ("down the side
/// of my thigh to the knee", "my hip and thigh, down to the knee") is left out, the thigh still read; a pain down the leg or from the hip
/// to the knee, a knee that hurts in its own right and a knee denied are unchanged. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionThighToTheKneeTests
{
    private static object? Knee(string text) => ExtractedValue.Of(text, "where.knee");

    [Theory]
    [InlineData("My lower back aches and it goes down the outside of my thigh to the knee.")]
    [InlineData("The ache in my hip spreads down the sides of both thighs to my knees.")]
    [InlineData("My back hurts on the left and it runs down the back of my left thigh to my knee when I drive.")]
    [InlineData("I have a pain in my hip and thigh, shooting down to the knee.")]
    public void A_thigh_pain_to_the_knee_leaves_the_knee_out(string text) => Assert.Null(Knee(text));

    [Fact]
    public void The_thigh_is_still_read() =>
        Assert.Equal(true, ExtractedValue.Of("My lower back aches and it goes down the outside of my thigh to the knee.", "where.side_of_thigh"));

    [Theory]
    [InlineData("My hip hurts and the pain goes down my leg to the knee.")]
    [InlineData("There is a sharp pain from my hip down to my knee.")]
    [InlineData("My groin aches and it spreads into my knee.")]
    [InlineData("My thigh is sore and my knee hurts too.")]
    public void A_knee_without_a_thigh_end_point_still_reads(string text) => Assert.Equal(true, Knee(text));

    [Fact]
    public void A_denied_knee_is_not_read_true() =>
        Assert.NotEqual(true, Knee("My hip aches but it doesn't go down to my knee."));

    [Fact]
    public void Someone_elses_knee_is_not_read() =>
        Assert.NotEqual(true, Knee("My back hurts. My wife has a pain down her thigh to her knee."));
}
