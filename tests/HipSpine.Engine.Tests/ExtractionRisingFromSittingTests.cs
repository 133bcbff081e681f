namespace HipSpine.Engine.Tests;

/// <summary>
/// Sitting told as what the person gets up from is rising, not pain worse sitting (<c>pain.worse_sitting</c>); sitting that
/// hurts, or named beside getting up, still is. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionRisingFromSittingTests
{
    private static object? Sitting(string text) => ExtractedValue.Of(text, "pain.worse_sitting");

    [Theory]
    [InlineData("After sitting through a long film my hip is so sore that it takes a while to stand up.")]
    [InlineData("My lower back aches and getting up from sitting on the sofa hurts.")]
    [InlineData("My hip throbs when I get up after I've been sitting at the table.")]
    [InlineData("After sitting in the car all morning, my back is so stiff that I can barely get up.")]
    public void Sitting_that_is_got_up_from_is_not_worse_sitting(string text) =>
        Assert.Null(Sitting(text));

    [Theory]
    [InlineData("My lower back aches after sitting for an hour at my desk.")]
    [InlineData("My hip hurts when I sit, and getting up from a chair is hard too.")]
    [InlineData("My hip aches after I have been sitting a while, and it is worse when I get up to make tea.")]
    public void Sitting_that_hurts_is_still_read(string text) =>
        Assert.Equal(true, Sitting(text));
}
