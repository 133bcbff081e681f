namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixtieth round's kind for <c>systemic.unwell</c>: feeling unwell told as a change with "not" ("she's not herself", "I
/// haven't been well", "not eating much", "I just don't feel right"), where the "not" affirms the change. Left as they were: a
/// denial of feeling unwell (still read denied), the pain told with "not right" ("my hip hasn't felt right"), an injury denied
/// ("I didn't hurt myself"), a past time, a question and someone else's change. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionUnwellToldWithNotTests
{
    private static object? Unwell(string text) => ExtractedValue.Of(text, "systemic.unwell");

    [Theory]
    [InlineData("Writing for my mum, 84. Her hip has hurt for a week and she's not herself, sleeping most of the day.")]
    [InlineData("Typing this for my dad. His lower back has been sore since Friday and he hasn't been himself.")]
    [InlineData("My back has ached for three weeks. I've not felt myself at all.")]
    [InlineData("My groin has hurt since Sunday. Not eating much either.")]
    [InlineData("My lower back is worse every day and I haven't been well in myself.")]
    [InlineData("My hip hurts at night and I just don't feel right.")]
    [InlineData("My back pain came on a month ago. I'm not eating properly and I feel cold all the time.")]
    public void A_change_told_with_not_reads_true(string text) => Assert.Equal(true, Unwell(text));

    [Theory]
    [InlineData("My back hurts when I bend. I'm not unwell and I'm eating fine.")]
    [InlineData("My hip aches. I'm not eating less, I feel well otherwise.")]
    public void A_denial_stays_denied(string text) => Assert.Equal(false, Unwell(text));

    [Theory]
    [InlineData("My right hip hasn't felt right since the match, and now it hurts.")]
    [InlineData("Something is not right in my lower back, it catches when I turn.")]
    [InlineData("My back hurts. I didn't hurt myself, and I haven't been sleeping well.")]
    [InlineData("My back hurts. My husband hasn't been himself since his operation.")]
    [InlineData("My hip has hurt for a week. My wife says she's not herself either, with her cold.")]
    [InlineData("My back hurts. Could that be why I'm not myself?")]
    [InlineData("Years ago, after my operation, I wasn't myself for months. Now my lower back hurts.")]
    public void Others_are_left_unread(string text) => Assert.Null(Unwell(text));
}
