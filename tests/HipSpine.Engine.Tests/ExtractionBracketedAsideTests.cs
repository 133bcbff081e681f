namespace HipSpine.Engine.Tests;

/// <summary>
/// A question mark closing a bracketed aside ("(maybe 6 wks?)", "(sciatica?)") asks only the aside: the sentence around
/// it is still told, and goes on past it, while what the aside names is a possibility (never a red flag, nor a length).
/// A sentence that asks outright is still a question. A vague length restated with a count right after it is read at the
/// count. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBracketedAsideTests
{
    [Fact]
    public void A_sentence_with_a_questioned_aside_is_still_told()
    {
        const string text = "The pain in my lower back started suddenly about a month ago (or was it longer?). It is there all day.";
        Assert.Equal("sudden", ExtractedValue.Of(text, "episode.onset"));
        Assert.Equal(true, ExtractedValue.Of(text, "where.low_back"));
    }

    [Fact]
    public void The_sentence_goes_on_past_a_questioned_aside() =>
        Assert.Equal(true, ExtractedValue.Of("I get a burning pain in the buttock (piriformis?) and it is worse sitting down for long.", "pain.worse_sitting"));

    [Theory]
    [InlineData("Could it be a slipped disc in my lower back (or a kidney?)", "where.low_back")]
    [InlineData("Is my lower back pain from my job (lifting all day)?", "where.low_back")]
    public void A_sentence_that_asks_is_still_a_question(string text, string code) =>
        Assert.Null(ExtractedValue.Of(text, code));

    [Theory]
    [InlineData("My low back started aching several months ago, about 5 months, after a cold.", 150)]
    [InlineData("My hip started hurting a few weeks ago and I fell 2 weeks ago.", 21)] // another event, not a restatement
    public void A_vague_length_restated_with_a_count_is_read_at_the_count(string text, int days) =>
        Assert.Equal(days, ExtractedValue.Of(text, "episode.duration_days"));

    // What a questioned aside names is a possibility the person raises, never something they report: a red flag there
    // is not read, and a length guessed there leaves the length told around it.
    [Theory]
    [InlineData("My lower back has hurt for 3 weeks (cancer?) and I feel tired.", "hx.cancer")]
    [InlineData("Back pain for 2 weeks (fever?) no idea.", "systemic.fever")]
    [InlineData("Sharp pain low in my back (numb bum?) since Monday.", "neuro.saddle_numbness")]
    public void A_red_flag_named_in_a_questioned_aside_is_not_read(string text, string code) =>
        Assert.Null(ExtractedValue.Of(text, code));

    [Fact]
    public void A_length_guessed_in_a_questioned_aside_leaves_the_told_length() =>
        Assert.Equal(21, ExtractedValue.Of("My hip started hurting a few weeks ago (maybe 5 wks?) and it is no better.", "episode.duration_days"));
}
