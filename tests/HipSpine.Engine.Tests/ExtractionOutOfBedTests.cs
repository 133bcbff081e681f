namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirty-third round's recall kind for difficulty walking or standing (lexicon, <c>func.yaml</c>): not able to get out of
/// bed, kept in bed, or hardly able to do anything. Only with the inability in the phrase: getting out of bed that hurts tells
/// when it hurts. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionOutOfBedTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My lower back went on Sunday and on Monday I couldn't get out of bed.")]
    [InlineData("My back is so sore I can't get out of bed without help.")]
    [InlineData("The pain in my hip keeps me in bed most days.")]
    [InlineData("My back is wrecked and I can barely do anything around the house.")]
    public void Not_getting_out_of_bed_or_doing_anything_is_a_difficulty(string text) => Assert.Equal(true, Value(text));

    [Fact]
    public void Getting_out_of_bed_that_hurts_is_not() => Assert.Null(Value("My lower back hurts when I get out of bed in the morning."));
}
