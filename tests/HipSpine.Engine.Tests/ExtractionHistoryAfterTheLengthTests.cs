namespace HipSpine.Engine.Tests;

/// <summary>
/// A length in the same words as a history finding is the history's ("diabetes for 10 years"); but a history told after
/// the length, in a statement of its own ("... for two weeks and I'm sure it's the cancer"), does not own the length
/// told of the pain before it. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionHistoryAfterTheLengthTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("The pain in my lower back has been building for two weeks and I'm sure it's the cancer.", 14)]
    [InlineData("My hip has ached for the past 10 days and I'm certain it's my cancer spreading.", 10)]
    public void A_history_in_a_later_statement_leaves_the_length_to_the_pain(string text, int days) =>
        Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("I've had diabetes for 10 years and my back hurts.")]
    [InlineData("For 10 years I've had diabetes and my back hurts.")]
    [InlineData("I've had diabetes for 10 years and I'm on insulin. My back hurts.")]
    public void A_history_in_the_lengths_own_statement_keeps_it(string text) =>
        Assert.Null(Duration(text));
}
