namespace HipSpine.Engine.Tests;

/// <summary>
/// The fortieth round: care told to have changed nothing ("nothing has sorted it", "none of it made any difference", "still no
/// change", "none of them did a thing", "don't fix anything") is care that has not helped; a bare "no change" is not taken
/// ("no change in my bladder" is a denial of a red flag). The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCareChangedNothingTests
{
    private static object? CareNotHelping(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My hip has ached since June. I've seen a physio and a chiropractor and nothing has sorted it.")]
    [InlineData("Groin pain for a year: tablets, injections, exercises, and none of it made any difference.")]
    [InlineData("The GP gave me naproxen for two weeks and there is still no change in the hip pain.")]
    [InlineData("My lower back aches every day. I've tried four different painkillers and none of them did a thing.")]
    [InlineData("My buttock hurts when I sit. The massages are nice but don't fix anything.")]
    public void Care_that_changed_nothing_has_not_helped(string text) =>
        Assert.Equal(true, CareNotHelping(text));

    [Theory]
    [InlineData("My hip aches when I walk. No change in my bladder or bowels.")] // a denial of something else
    [InlineData("My hip aches when I walk. The physio has made a real difference.")] // care that helped
    public void A_bare_no_change_or_care_that_helped_is_not(string text) =>
        Assert.NotEqual(true, CareNotHelping(text));
}
