namespace HipSpine.Engine.Tests;

/// <summary>
/// A length rounded off with "or so" ("for the last five weeks or so") after an opening word ("But", "Well") still
/// measures the pain told after it: the "so" of "or so" is no "so" that opens a new statement. A length whose statement
/// tells of something else stays unread. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLengthRoundedOffTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("My knee was replaced years back. But for the last four weeks or so I've had a deep ache in my lower back.", 28)]
    [InlineData("Well for about ten days or so my hip has been really sore.", 10)]
    [InlineData("I used to play rugby. But for the past two months or so it's been a stabbing pain in my buttock.", 60)]
    public void A_length_rounded_off_with_or_so_measures_the_pain_after_it(string text, int days) =>
        Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("For three weeks or so I have had pain in my lower back.", 21)]
    [InlineData("But for the last three weeks I have had pain in my lower back.", 21)]
    public void The_forms_read_before_stay(string text, int days) =>
        Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("My lower back aches when I bend. But for the last month or so I've been working from home.")]
    [InlineData("My lower back aches when I bend. Well for two weeks or so we had builders in the house.")]
    public void A_rounded_length_of_something_else_stays_unread(string text) =>
        Assert.Null(Duration(text));
}
