namespace HipSpine.Engine.Tests;

/// <summary>
/// Crossed legs told as a habit or a posture are how the person sits, not a stiff hip (<c>func.hip_stiff_reduced_motion</c>);
/// crossing the legs told as something the person cannot do or struggles with still is. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCrossedLegsTests
{
    private static object? Stiff(string text) => ExtractedValue.Of(text, "func.hip_stiff_reduced_motion");

    [Theory]
    [InlineData("My lower back aches and I always cross my legs at my desk.")]
    [InlineData("At the temple I sat cross-legged on the mat for two hours and my back has hurt since.")]
    [InlineData("My hip hurts. I tend to sit with one leg crossed over the other when I watch television.")]
    public void Crossed_legs_as_a_habit_are_not_stiffness(string text) =>
        Assert.Null(Stiff(text));

    [Theory]
    [InlineData("My hip aches and I can't cross my legs when I sit down.")]
    [InlineData("My groin hurts when I try to sit cross-legged on the carpet.")]
    [InlineData("My right hip is sore and I cannot sit cross-legged any more.")]
    public void Crossing_the_legs_that_cannot_be_done_is_still_read(string text) =>
        Assert.Equal(true, Stiff(text));
}
