namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-first round: "N weeks (months, years) of this" closed by "and" is the present complaint's length, as it is
/// closed by a comma, a full stop or "now" ("Seven years of this and I still have no answer"); "this and that" is no
/// complaint. Both readings were left unread before the round. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionOfThisAndTests
{
    private static object? Length(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("My hip aches all day. Seven years of this and I still have no answer.", 2555.0)]
    [InlineData("My back aches. Three weeks of it and I can barely sleep.", 21.0)]
    public void Of_this_and_is_the_length(string text, double days) => Assert.Equal(days, Convert.ToDouble(Length(text)));

    [Fact]
    public void This_and_that_is_no_length() => Assert.Null(Length("My back aches. Two weeks of this and that at work, then a holiday."));
}
