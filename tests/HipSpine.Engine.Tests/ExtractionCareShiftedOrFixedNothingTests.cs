namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-third round: the "none of it" and "didn't" forms of two verbs of care the lexicon already reads ("nothing has
/// shifted it", "didn't fix anything"): "none of it has shifted it", "didn't fix it". The sense check still asks for care named
/// in the story. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCareShiftedOrFixedNothingTests
{
    private static object? CareNotHelping(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My hip has ached since spring. Massage, ibuprofen and yoga - none of it has shifted it.")]
    [InlineData("My lower back is sore every morning. I tried two courses of physio and none of them have shifted it.")]
    [InlineData("My groin aches when I walk. The injection calmed it for a day but didn't fix it.")]
    public void Care_that_shifted_or_fixed_nothing_has_not_helped(string text) =>
        Assert.Equal(true, CareNotHelping(text));

    [Theory]
    [InlineData("My back aches when I sit. Moving the desk didn't fix it.")] // no care named
    [InlineData("My hip aches when I walk. The physio fixed it within a month.")] // care that helped
    public void Without_care_or_with_care_that_helped_it_is_not(string text) =>
        Assert.NotEqual(true, CareNotHelping(text));
}
