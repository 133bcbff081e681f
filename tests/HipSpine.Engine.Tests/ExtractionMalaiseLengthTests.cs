namespace HipSpine.Engine.Tests;

/// <summary>
/// A length that counts how long the person has felt unwell (rough, rubbish, run down, tired, weight lost) with nothing of
/// the pain told beside it is not the episode's length. A length told with the pain, a place or a fever stays. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionMalaiseLengthTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("I have been feeling lousy for about ten days, I thought it was a cold. Then my hip started to hurt badly.")]
    [InlineData("I've felt really run down and exhausted for a fortnight. Now there is a deep pain in my groin when I walk.")]
    [InlineData("I have dropped 6 kilos in the past 3 months without dieting. My back hurts at night and wakes me.")]
    public void A_malaise_count_is_not_the_length(string text) =>
        Assert.Null(Duration(text));

    [Theory]
    [InlineData("For about six weeks I've had a dull ache in my lower back and I'm tired all the time.", 42)]
    [InlineData("For two weeks I have had fevers and I feel awful. My lower back is sore too.", 14)]
    [InlineData("I've felt tired and achy for about 5 days. My hip is very painful.", 5)]
    [InlineData("My hip has been hurting for 3 weeks. I've also been tired for about a week.", 21)]
    public void A_length_told_with_the_pain_stays(string text, int days) =>
        Assert.Equal(days, Duration(text));
}
