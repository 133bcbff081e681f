namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-ninth round's recall kind for <c>systemic.unwell</c>: confusion a carer sees ("she's been very confused", "he is
/// getting more confused"). Left unread: a denial, puzzlement ("confused about why", "confused by the tablets", "has me
/// confused") and someone else's confusion. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionConfusedTests
{
    private static object? Unwell(string text) => ExtractedValue.Of(text, "systemic.unwell");

    [Theory]
    [InlineData("Writing for my mum, 84. Her hip has hurt for a week and she's been very confused since Monday.")]
    [InlineData("I'm typing this for my grandad. His back has ached for ten days and he is getting more confused.")]
    public void Confusion_a_carer_sees_reads_true(string text) => Assert.Equal(true, Unwell(text));

    [Theory]
    [InlineData("Writing for my mum. Her hip hurts and she isn't confused at all, she's sharp as ever.")]
    [InlineData("My back hurts. My husband says he's confused about why it came on.")]
    [InlineData("Writing for my dad. His hip has hurt for a month. He's confused by all the different tablets.")]
    [InlineData("My hip aches and the scan report has me confused.")]
    [InlineData("My hip has hurt for two weeks. My neighbour says she was confused after her fall.")]
    public void Others_are_left_unread(string text) => Assert.Null(Unwell(text));
}
