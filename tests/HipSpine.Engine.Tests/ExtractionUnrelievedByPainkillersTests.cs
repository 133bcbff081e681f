namespace HipSpine.Engine.Tests;

/// <summary>
/// Painkillers or rest named and then said not to touch the pain, or to do nothing, is pain they do not relieve
/// (<c>pain.unrelieved_by_rest_or_painkillers</c>); a treatment tried that failed ("did nothing", "didn't help"), relief
/// that is only partial, the idiom "the rest of", and an "if" are not read so. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionUnrelievedByPainkillersTests
{
    private static object? Unrelieved(string text) => ExtractedValue.Of(text, "pain.unrelieved_by_rest_or_painkillers");

    [Theory]
    [InlineData("My lower back is agony and the codeine isn't touching it.")]
    [InlineData("Hip pain for a week, resting and the tablets do nothing.")]
    [InlineData("I take ibuprofen four times a day but now it barely touches the pain.")]
    [InlineData("My back hurts constantly and the painkillers are useless.")]
    [InlineData("I've been on naproxen from the GP for a fortnight and it does absolutely nothing.")]
    public void Painkillers_or_rest_that_do_not_touch_it_leave_the_pain_unrelieved(string text) =>
        Assert.Equal(true, Unrelieved(text));

    [Theory]
    [InlineData("My back aches. The GP gave me naproxen last year, it did nothing, so I stopped.")] // a treatment tried
    [InlineData("My hip hurts when I walk and the painkillers only touch it for an hour.")] // partial relief
    [InlineData("My back ached for the rest of the day and nothing touched my headache.")] // not painkillers or rest
    [InlineData("If the painkillers don't touch it by Friday should I see someone?")] // a question
    public void A_failed_trial_partial_relief_or_a_question_is_not(string text) =>
        Assert.Null(Unrelieved(text));
}
