namespace HipSpine.Engine.Tests;

/// <summary>
/// Lengths told without a count: "for months now" (the conventions' several months), and a pain that began today told as "a
/// few hours ago", "for the past hour" or "today ... a pain shot". The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLengthWithoutANumberTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("I've had an ache in my lower back for months now.", 90)]
    [InlineData("For months now my hip has hurt when I walk.", 90)]
    [InlineData("My right buttock has been sore for months now, worse sitting.", 90)]
    public void For_months_now_is_a_length_up_to_now(string text, int days) =>
        Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("I've had a bad back for years and my hip aches.")] // a background, not a length of this pain
    [InlineData("My hip hurts and I've been putting off the doctor for months.")] // no "now": how long something else went on
    [InlineData("The waiting list for the scan is months now and my back aches.")] // no "for"
    public void Months_or_years_without_for_and_now_are_not_read(string text) =>
        Assert.Null(Duration(text));

    [Theory]
    [InlineData("A few hours ago I bent down and felt a sharp pain in my lower back.")]
    [InlineData("few mins ago a pain started in my left buttock.")]
    [InlineData("For the past hour my right leg has gone numb and my back hurts.")]
    [InlineData("Today I lifted a crate and a sharp pain shot across my lower back.")]
    [InlineData("This morning I picked up my toddler and the back pain shot right up.")]
    public void A_pain_that_began_today_is_zero_days_old(string text) =>
        Assert.Equal(0, Duration(text));

    [Theory]
    [InlineData("My back seizes up if I stand still for a few minutes.")] // how long something lasts
    [InlineData("I had a cortisone shot today and my hip is still sore.")] // an injection, not a pain that shot
    [InlineData("My back hurts today, about 6 out of 10.")] // when, not a beginning
    public void A_time_within_today_that_is_no_beginning_is_not_read(string text) =>
        Assert.Null(Duration(text));
}
