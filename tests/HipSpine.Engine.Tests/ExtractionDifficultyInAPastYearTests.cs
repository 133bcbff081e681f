namespace HipSpine.Engine.Tests;

/// <summary>
/// The eighty-first round: difficulty walking or standing (<c>func.difficulty_walking_standing</c>) told in a sentence dated to
/// a past calendar year is a past episode's, not this pain's. Left as they were: a dated sentence that also says "now", a year
/// after "since" (the start of what still goes on, also with a month between), and a difficulty with no year. The sentences
/// are not from the corpus.
/// </summary>
public sealed class ExtractionDifficultyInAPastYearTests
{
    private static object? Difficulty(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("Back in 2015 my back went and I could barely walk for a fortnight. This time it is my hip that aches.")]
    [InlineData("In March 2011 I was off work for six weeks with my back. My hip aches when I sit.")]
    public void A_difficulty_dated_to_a_past_year_is_not_read(string text) => Assert.Null(Difficulty(text));

    [Theory]
    [InlineData("In 2012 I hurt my back and now I can barely walk.")]
    [InlineData("Since 2019 I can barely walk to the shops because of my hip.")]
    [InlineData("Since March 2019 I can barely walk because of my hip.")]
    [InlineData("I can barely walk because of my hip.")]
    public void A_difficulty_told_of_now_is_still_read(string text) => Assert.Equal(true, Difficulty(text));
}
