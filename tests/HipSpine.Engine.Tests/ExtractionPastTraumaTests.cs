namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixtieth round's kind for <c>hx.major_trauma</c>: an accident dated to a past year ("since I fell down the stairs in 1995",
/// "a car accident in 2004"), a childhood or a bone broken years ago is not the trauma before this pain, as a fall dated so is not
/// the recent fall (round 59's <c>PastFall</c>). Still read: an accident days ago, yesterday or last week, and a denial. Left
/// unread: someone else's accident. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPastTraumaTests
{
    private static object? Trauma(string text) => ExtractedValue.Of(text, "hx.major_trauma");

    [Theory]
    [InlineData("I've had trouble with my right hip since I fell down the stairs in 1995, and it has got worse this month.")]
    [InlineData("I was in a car accident in 2004 and broke my leg. My lower back started hurting last week.")]
    [InlineData("I fell off a horse as a child. Now my back has ached for ten days.")]
    [InlineData("My back hurts. My husband was in a car crash in 2010.")]
    public void A_past_or_someone_elses_accident_is_left_unread(string text) => Assert.Null(Trauma(text));

    [Theory]
    [InlineData("I fell down the stairs two days ago and my back has hurt ever since.")]
    [InlineData("Was in a car crash yesterday and now my low back hurts.")]
    [InlineData("I fell off a ladder last week. Broke my wrist in 2015, but this is my back.")]
    public void A_recent_accident_reads_true(string text) => Assert.Equal(true, Trauma(text));

    [Fact]
    public void A_denial_reads_false() =>
        Assert.Equal(false, Trauma("No car accident, nothing like that. My back just started hurting on Monday."));
}
