namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-ninth round's recall kind for <c>systemic.unwell</c> (generally unwell, loss of appetite): "eating less" told of the
/// person now. A denial reads denied (not affirmed); someone else's, a past time and a question stay unread. The sentences are
/// not from the corpus.
/// </summary>
public sealed class ExtractionEatingLessTests
{
    private static object? Unwell(string text) => ExtractedValue.Of(text, "systemic.unwell");

    [Theory]
    [InlineData("My lower back has ached for three weeks and I'm eating less than usual.")]
    [InlineData("Writing for my dad, 81. His hip has hurt for a fortnight and he's eating less and sleeping a lot.")]
    public void Eating_less_reads_true(string text) => Assert.Equal(true, Unwell(text));

    [Fact]
    public void Eating_less_denied_is_not_read_true() =>
        Assert.Equal(false, Unwell("My hip hurts when I walk. I'm not eating less, my appetite is fine."));

    [Theory]
    [InlineData("My back hurts. My husband has been eating less since his operation.")]
    [InlineData("Years ago I was eating less after my divorce. Now my back aches when I bend.")]
    [InlineData("My hip has hurt for a month. Could I be eating less because of the painkillers?")]
    public void Others_are_left_unread(string text) => Assert.Null(Unwell(text));
}
