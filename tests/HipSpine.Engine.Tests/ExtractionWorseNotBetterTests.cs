namespace HipSpine.Engine.Tests;

/// <summary>
/// "Worse, not better" says care has not helped (<c>episode.not_improving_with_care</c>) only when a treatment is told before it
/// or in its sentence; with no treatment yet, with care named only later, or with a doctor or clinic seen only for a name for
/// it, it is the course. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWorseNotBetterTests
{
    private static object? NotImproving(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My lower back has hurt for two months and it is getting worse, not better.")]
    [InlineData("My hip started aching in the spring and it's got worse not better. The GP has now sent me for physio.")]
    [InlineData("The doctor thought it was a strain and the clinic did a scan that showed nothing. It's slowly getting worse, not better.")]
    public void Worse_not_better_with_no_treatment_before_it_is_the_course(string text) =>
        Assert.Null(NotImproving(text));

    [Theory]
    [InlineData("The physio gave me exercises for my lower back but it's got worse not better.")]
    [InlineData("I took ibuprofen and rested for a week. My hip has got worse, not better.")]
    [InlineData("My back is getting worse not better, even with the tablets.")]
    public void Worse_not_better_after_a_treatment_is_care_that_did_not_help(string text) =>
        Assert.Equal(true, NotImproving(text));
}
