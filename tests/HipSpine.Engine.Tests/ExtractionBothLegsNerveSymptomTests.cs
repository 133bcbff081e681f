namespace HipSpine.Engine.Tests;

/// <summary>
/// The forty-ninth round's recall kind: both legs told of with only numbness, tingling, weakness or heaviness ("both my
/// legs have gone numb", "pins and needles in both legs"), which a body site did not count as a symptom. Read for
/// <c>where.both_legs</c> only; a denial still denies, and other places with only numbness stay unread as pain sites.
/// ("Both legs feel weak", whose "legs" the weakness phrase "legs feel weak" takes, is read by a longer phrase since round
/// 50: <see cref="ExtractionBothLegsFeelWeakTests"/>.) The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBothLegsNerveSymptomTests
{
    private static object? Value(string text, string code = "where.both_legs") => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("My back has been sore for a week. Since last night both my legs have gone numb.")]
    [InlineData("My back aches. Both legs are numb from the knees down since this morning.")]
    [InlineData("I keep getting pins and needles in both legs when I sit at my desk.")]
    [InlineData("My back aches. I get a tingling feeling in both legs after a long drive.")]
    public void Both_legs_with_a_nerve_symptom_read(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back hurts a lot. No numbness or weakness in both legs.")]
    public void Both_legs_denied_stay_denied(string text) => Assert.NotEqual(true, Value(text));

    [Theory]
    [InlineData("I sat cross legged for hours at the festival, both legs folded under me.")] // no symptom at all
    public void Both_legs_without_a_symptom_do_not_read(string text) => Assert.Null(Value(text));

    [Fact]
    public void Numbness_alone_still_names_no_other_pain_site() =>
        Assert.Null(Value("My back aches. There is some numbness in my left knee.", "where.knee"));
}
