namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-fifth round's first kind: a fever, chills or sweats told of an illness that has passed is history, not a fever
/// now: one that "has cleared up", or one dated a month or more back by the calendar with no start of this pain told beside it.
/// Still read: a fever today, one kept up since a date, a length of fever, a fever dated with the pain's start, a fever some
/// days back. A denial stays a denial and someone else's fever stays unread. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPastFeverTests
{
    private static object? Fever(string text) => ExtractedValue.Of(text, "systemic.fever");

    [Theory]
    [InlineData("My lower back has ached for ten days. Two weeks ago I had the flu with a fever, which has cleared up.")]
    [InlineData("My back hurts when I bend. I had a fever and a bad cough last month.")]
    [InlineData("My hip aches when I walk. Back in March a chest infection gave me fevers for a week.")]
    [InlineData("My back is stiff every morning. I cut my hand at the start of the summer and it got infected and gave me a temperature.")]
    [InlineData("My lower back hurts. Two years ago I had fevers from a kidney infection.")]
    public void A_fever_that_has_passed_is_not_read_now(string text) => Assert.Null(Fever(text));

    [Fact]
    public void Chills_that_cleared_up_are_not_read_now() =>
        Assert.Null(ExtractedValue.Of("My back aches. A month ago I had the shivers and a sore throat, which cleared up quickly.", "systemic.chills_rigors"));

    [Theory]
    [InlineData("My lower back has been agony for three days and today I have a fever.")]
    [InlineData("My back hurts and I've had a fever since last month.")]
    [InlineData("For the last month I've been getting fevers and my lower back aches.")]
    [InlineData("Back in October my back started to hurt, with fevers.")]
    [InlineData("I had my jab three days ago and got a fever, and now my lower back hurts.")]
    [InlineData("My back aches. Last month I had a fever and I still get temperatures most evenings.")]
    [InlineData("My back hurts, and the fevers I had last month keep coming back.")]
    public void A_fever_now_is_still_read(string text) => Assert.Equal(true, Fever(text));

    [Theory]
    [InlineData("My lower back hurts. No fever, and I haven't been ill since last year.")]
    [InlineData("My back aches. I haven't had a temperature at all.")]
    public void A_denied_fever_stays_denied(string text) => Assert.Equal(false, Fever(text));

    [Theory]
    [InlineData("My lower back hurts. My husband had a fever last month.")]
    [InlineData("My back aches. My daughter has a fever at the moment.")]
    public void Someone_elses_fever_is_not_read(string text) => Assert.Null(Fever(text));
}
