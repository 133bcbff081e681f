namespace HipSpine.Engine.Tests;

/// <summary>
/// An activity whose sentence tells only numbness, tingling or weakness and nothing that hurts ("when I sit on the floor my
/// foot goes numb", "my legs are weak and it is hard to stand for long") is not pain made worse by it (<c>pain.worse_*</c>); a sentence that says it hurts is still read. The sentences are
/// not from the corpus.
/// </summary>
public sealed class ExtractionNonPainAggravationTests
{
    [Theory]
    [InlineData("My lower back is sore. When I sit on the floor my right foot goes numb and tingly.", "pain.worse_sitting")]
    [InlineData("My hip aches. When I walk my left foot feels weak and floppy.", "pain.worse_walking")]
    [InlineData("My hip aches. My right leg feels weak and it is hard to stand for long.", "pain.worse_standing")]
    [InlineData("My back aches. My legs are weak and I can barely get up the stairs.", "pain.worse_stairs_or_rising")]
    public void Only_numbness_or_weakness_brought_on_is_no_aggravation(string text, string code) =>
        Assert.Null(ExtractedValue.Of(text, code));

    [Theory]
    [InlineData("When I sit for long my lower back hurts and my foot goes numb.", "pain.worse_sitting")]
    [InlineData("Walking makes the pain in my hip worse and my leg feels weak.", "pain.worse_walking")]
    public void An_activity_that_hurts_is_still_read(string text, string code) =>
        Assert.Equal(true, ExtractedValue.Of(text, code));
}
