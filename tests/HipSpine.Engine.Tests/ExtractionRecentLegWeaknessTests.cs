namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-third round's new leg weakness (<c>neuro.weakness_new</c>, knowledge 1.82.0): a leg weakness or foot drop
/// already read as the person's own, now, whose sentence places a start within two weeks (a count of days up to 14, hours,
/// "yesterday", "this morning", "last week", "since Tuesday", "suddenly") - <c>RecentLegWeakness</c>. It takes no words, so
/// the weakness itself is still read. Near misses (months or years, denied, someone else's, no leg named, no time) stay
/// unread. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionRecentLegWeaknessTests
{
    private static object? New(string text) => ExtractedValue.Of(text, "neuro.weakness_new");

    [Theory]
    [InlineData("My back hurts and since yesterday my right leg feels weak.")]
    [InlineData("Three days ago my back went and now my left leg is weak.")]
    [InlineData("This morning my lower back started hurting and my legs went weak.")]
    [InlineData("My low back aches, and my leg suddenly went weak while I was walking.")]
    [InlineData("Back pain for a while, but since Tuesday my left leg has felt weak.")]
    [InlineData("Two hours ago both my legs went weak and my back is agony.")]
    public void A_leg_weakness_with_a_recent_start_is_new(string text) => Assert.Equal(true, New(text));

    [Fact]
    public void The_weakness_itself_is_still_read() =>
        Assert.Equal(true, ExtractedValue.Of("My back hurts and since yesterday my right leg feels weak.", "neuro.leg_weakness"));

    [Theory]
    [InlineData("My right leg has been weak for months and my back hurts.")] // months: old
    [InlineData("Three months ago my leg went weak. The last 2 days my back has been worse.")] // the weakness is told as old
    [InlineData("My back has hurt since yesterday and my legs are not weak.")] // denied
    [InlineData("My back hurts. My husband's legs went weak yesterday.")] // someone else's
    [InlineData("My right leg feels weak and my lower back aches.")] // no time
    [InlineData("My back hurts and yesterday I felt weak and tired all over.")] // not the legs
    public void Near_misses_stay_unread(string text) => Assert.Null(New(text));

    [Theory]
    [InlineData("This morning my back started to ache. Now my legs have stopped working.")]
    [InlineData("About a week ago I had a cold. Since then my legs have been getting weaker.")]
    [InlineData("The last few days my back has been agony. Now my right leg feels weak.")]
    public void A_start_dated_in_the_sentence_before_is_new(string text) => Assert.Equal(true, New(text));

    [Theory]
    [InlineData("I used to walk 4 km a day. Now my legs feel weak when I walk.")] // a rate, no start
    [InlineData("I walked the dog for hours. My legs feel weak.")] // a length of something else
    [InlineData("Suddenly my back went. My right leg feels weak.")] // the sudden thing is the back
    [InlineData("Yesterday my back went, years after my first disc. My right leg feels weak.")] // years in the dating sentence
    [InlineData("Yesterday my back went. I drive a lot. My right leg feels weak.")] // two sentences back
    public void A_sentence_before_without_a_dated_start_is_not_enough(string text) => Assert.Null(New(text));

    [Theory]
    [InlineData("My back aches and my right leg has got weaker.")]
    [InlineData("My back is sore and my leg is losing strength.")]
    public void A_strength_being_lost_is_a_weakness_getting_worse(string text)
    {
        Assert.Equal(true, ExtractedValue.Of(text, "neuro.weakness_worsening"));
        Assert.Equal(true, ExtractedValue.Of(text, "neuro.leg_weakness"));
    }

    [Fact]
    public void Arms_that_got_weaker_are_no_leg_weakness() =>
        Assert.NotEqual(true, ExtractedValue.Of("My back aches and my arms have got weaker.", "neuro.leg_weakness"));

    [Fact]
    public void A_strength_not_lost_is_no_worsening() =>
        Assert.NotEqual(true, ExtractedValue.Of("My back aches but my legs have not got weaker.", "neuro.weakness_worsening"));
}
