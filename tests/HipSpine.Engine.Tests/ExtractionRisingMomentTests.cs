namespace HipSpine.Engine.Tests;

/// <summary>
/// Rising told in the past beside one event of the pain ("when I stood up it went") is the moment it began or flared, not
/// pain made worse by rising (<c>pain.worse_stairs_or_rising</c>); rising that hurts, now or as a habit, is still read. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionRisingMomentTests
{
    private static object? Rising(string text) => ExtractedValue.Of(text, "pain.worse_stairs_or_rising");

    [Theory]
    [InlineData("Yesterday I was on the floor playing with my son and when I stood up my lower back went.")]
    [InlineData("This morning when I stood up from the desk the pain in my hip suddenly got much worse.")]
    [InlineData("It was a sharp pain in my lower back that grabbed me when I stood up from the sofa.")]
    public void Rising_as_the_moment_it_began_is_no_aggravation(string text) =>
        Assert.Null(Rising(text));

    [Theory]
    [InlineData("My lower back hurts when I stand up from a chair.")]
    [InlineData("After sitting, when I stood up my hip was stiff and it was painful to get up.")]
    public void Rising_that_hurts_is_still_read(string text) =>
        Assert.Equal(true, Rising(text));
}
