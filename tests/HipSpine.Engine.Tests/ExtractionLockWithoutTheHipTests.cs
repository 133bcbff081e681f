namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-seventh round's precision kind for <c>pain.clicking_locking_catching</c>: a lock is the hip's only when the hip is
/// its subject. A knee or a leg that locked, a person who woke up "completely locked" and a door locked are not read; "my right
/// hip locks up", "the pain when it locks" after the hip, "my hip feels like it's locked" and the back-and-hip sentence read as
/// before. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLockWithoutTheHipTests
{
    private static object? Locking(string text) => ExtractedValue.Of(text, "pain.clicking_locking_catching");

    [Theory]
    [InlineData("My hip aches. Last week my knee swelled up and locked.")]
    [InlineData("My groin hurts. Yesterday my left leg went stiff and locked up on me.")]
    [InlineData("My buttock hurts. I woke up completely locked and couldn't get out of bed.")]
    [InlineData("My groin hurts. This morning I locked the door and tripped on the step.")]
    public void A_lock_of_something_else_is_not_the_hip_locking(string text) => Assert.Null(Locking(text));

    [Theory]
    [InlineData("My right hip locks up when I cycle.")]
    [InlineData("My hip hurts, and the pain when it locks is awful.")]
    [InlineData("Sometimes my hip feels like it's locked.")]
    public void The_hip_locking_is_still_read(string text) => Assert.Equal(true, Locking(text));
}
