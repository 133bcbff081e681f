namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirty-third round's recall kind for the length: "the last few" or "the past few" days, weeks, months or years is three
/// of the unit, as "a few weeks" is 21 days and "a few months" 90, and "last" or "past" makes it the length up to now, so a few
/// years counts here (1,095 days); only after "for the" or opening a sentence. Since round 70 "for a few years" is read so too; a bare
/// "a few years ago" is still no length. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLastFewTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("For the last few weeks my lower back has ached all day.", 21)]
    [InlineData("The past few months my hip has been sore at night.", 90)]
    [InlineData("For the past few years I've had a nagging ache low in my back.", 1095)]
    [InlineData("My groin has hurt for the last few days.", 3)]
    [InlineData("My lower back has ached for a few years.", 1095)] // round 70: "for" makes a few years the length up to now, as the writers annotate it
    public void The_last_few_units_is_three_of_the_unit(string text, int days) => Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("I had a hip operation a few years ago and I play golf.")] // not the complaint, nor up to now
    [InlineData("My hip aches and in the last few days it has got worse.")] // "in the last few": the window of a change
    public void Without_for_the_last_or_past_it_is_not_read(string text) => Assert.Null(Duration(text));
}
