namespace HipSpine.Engine.Tests;

/// <summary>
/// Another person named as the occasion ("helping a friend", "helped someone") does not make the writer's own "my lower
/// back" theirs: a "my" some words after the person ends that person's reach. Close to the person, "my" still says who
/// they are ("a friend from my running club"), and the friend's own back stays theirs. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionOwnPartAfterOtherTests
{
    private static object? LowBack(string text) => ExtractedValue.Of(text, "where.low_back");

    [Theory]
    [InlineData("On Sunday I was helping a neighbour lift his trailer and felt a sharp pain in my lower back.")]
    [InlineData("I helped somebody carry a fridge up the drive and then my lower back started aching.")]
    public void The_writers_own_back_after_another_person_is_read(string text) =>
        Assert.Equal(true, LowBack(text));

    [Theory]
    [InlineData("A friend from my running club has had lower back pain for years.")] // "my" says who the friend is
    [InlineData("My colleague hurt his lower back lifting boxes.")] // the colleague's own back
    public void Another_persons_back_is_not_read(string text) =>
        Assert.Null(LowBack(text));
}
