namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-seventh round's precision kind for <c>episode.worsening</c>: "got bad" followed by a part of the back ("I've got
/// really bad lower back pain", "I got bad upper back pain") tells of a pain the person has, as "got bad pain" and "got a bad
/// back" already did, not that the pain got worse. Near misses: "it got so bad I couldn't sleep" and "my lower back pain got
/// really bad last week" are still the course. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionGotBadBackPainTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("I'm 40. I've got really bad lower back pain and it goes into my hip.")]
    [InlineData("Since the fall I've got bad lower back pain.")]
    [InlineData("When I had the flu I got really bad upper back pain.")]
    public void A_bad_back_pain_got_is_no_course(string text) => Assert.Null(Worsening(text));

    [Theory]
    [InlineData("My hip has hurt for a month and it got so bad I couldn't sleep.")]
    [InlineData("My lower back pain got really bad last week.")]
    public void A_pain_that_got_bad_is_still_the_course(string text) => Assert.Equal(true, Worsening(text));
}
