namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-second round's past: a "years ago" with no count that opens its sentence dates what follows it ("Years ago my
/// back got worse, then it settled"), so that sentence tells no present finding; a counted "two years ago" opening a sentence
/// may date this pain's start and is read as before. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionYearsAgoTests
{
    [Theory]
    [InlineData("My hip aches when I walk. Years ago my back pain got worse, then it settled with rest.")]
    [InlineData("My hip aches when I walk. Many years ago my back got worse for a while.")]
    public void A_past_opened_by_years_ago_is_not_now(string text) => Assert.Null(ExtractedValue.Of(text, "episode.worsening"));

    [Fact]
    public void Numbness_years_ago_is_not_now() =>
        Assert.Null(ExtractedValue.Of("My lower back aches. Years ago my left foot went numb on a long flight.", "neuro.leg_numbness_tingling"));

    [Fact]
    public void A_counted_start_two_years_ago_is_still_this_pain() =>
        Assert.Equal(true, ExtractedValue.Of("Two years ago my lower back started hurting and it has got worse since.", "episode.worsening"));

    [Fact]
    public void Years_ago_closing_a_statement_still_dates_it() =>
        Assert.Null(ExtractedValue.Of("My hip aches. My back got worse years ago but it settled.", "episode.worsening"));
}
