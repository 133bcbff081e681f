namespace HipSpine.Engine.Tests;

/// <summary>
/// Lifting told as a habit ("usually when I lift") says how earlier episodes began, and "carried on" is going on doing
/// something: neither is this pain's lifting start. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLiftingHabitTests
{
    private static object? Lifting(string text) => ExtractedValue.Of(text, "hx.lifting_onset");

    [Theory]
    [InlineData("I lifted a heavy box on Monday and felt my lower back go.")]
    [InlineData("Three days ago I was lifting something heavy at work and got a sharp pain in my back.")]
    [InlineData("I always lift with my knees, but yesterday I lifted a crate and my back went.")] // the habit in another clause
    public void A_lift_that_began_the_pain_is_read(string text) =>
        Assert.Equal(true, Lifting(text));

    [Theory]
    [InlineData("Normally my back only goes when I lift something heavy, but this time I just woke up with it.")]
    [InlineData("My back has gone a few times over the years, usually when I lifted something awkward.")]
    [InlineData("I felt a twinge in my back at the match and carried on playing.")]
    [InlineData("My hip started hurting on the walk but I kept carrying on.")]
    public void A_habit_or_going_on_is_not_a_lifting_start(string text) =>
        Assert.NotEqual(true, Lifting(text));
}
