namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-sixth round's precision kind for <c>psych.worry_catastrophizing</c>: reassurance or advice ("the doctor said it's
/// nothing to worry about", "I was told not to worry", "been told dont worry") and not wanting to worry someone else are no worry
/// of the person's, read neither way; a worry told by the person, and one denied by the person, still read. The sentences are
/// not from the corpus.
/// </summary>
public sealed class ExtractionReassuranceIsNoWorryTests
{
    private static object? Worry(string text) => ExtractedValue.Of(text, "psych.worry_catastrophizing");

    [Theory]
    [InlineData("My back aches. The GP had a look and said it was nothing to worry about.")]
    [InlineData("My hip hurts when I walk and the physio told me not to worry.")]
    [InlineData("My lower back is sore. At the walk-in centre I was told dont worry, it will settle.")]
    [InlineData("My back has hurt for a week and I don't want to worry my husband.")]
    [InlineData("The nurse said there was no need to worry about my hip.")]
    public void Reassurance_or_advice_is_not_read(string text) => Assert.Null(Worry(text));

    [Fact]
    public void The_persons_own_worry_still_reads_true() =>
        Assert.Equal(true, Worry("My back hurts. The doctor said nothing to worry about but I'm really worried it's something serious."));

    [Fact]
    public void The_persons_own_denial_still_reads_false() =>
        Assert.Equal(false, Worry("My hip is sore after the run but I'm not worried about it."));
}
