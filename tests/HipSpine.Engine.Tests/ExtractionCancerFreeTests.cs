namespace HipSpine.Engine.Tests;

/// <summary>
/// "Cancer free" is what a survivor is told after treatment: it tells a history of cancer, the warning sign, and must
/// never be read as its denial. A plain denial of ever having cancer still reads as one. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionCancerFreeTests
{
    [Theory]
    [InlineData("I had bowel cancer at 50 and have been cancer free for six years. Now my lower back has ached for a month.")]
    [InlineData("Lower back pain for three weeks. I'm cancer-free since my treatment finished in 2019.")]
    [InlineData("My hip hurts at night. After the operation they said I was free of cancer.")]
    [InlineData("Back pain getting worse. Five years free from cancer now, touch wood.")]
    public void A_survivor_told_cancer_free_has_a_history_of_cancer(string text) =>
        Assert.Equal(true, ExtractedValue.Of(text, "hx.cancer"));

    [Theory]
    [InlineData("My lower back aches. I have never had cancer.")]
    [InlineData("My lower back aches. No history of cancer in me, though my aunt had it.")]
    public void A_denial_of_ever_having_cancer_stays_a_denial(string text) =>
        Assert.NotEqual(true, ExtractedValue.Of(text, "hx.cancer"));
}
