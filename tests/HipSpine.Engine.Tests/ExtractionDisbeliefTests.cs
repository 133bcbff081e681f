namespace HipSpine.Engine.Tests;

/// <summary>
/// A statement closed by two or more question marks, opening with the person, their body or "now" and with no part that
/// opens like a question, is disbelief and still tells; a single question mark, a statement before a real question, and a
/// bare guess still ask. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionDisbeliefTests
{
    [Theory]
    [InlineData("I've had lower back pain for six months and everyone says it's normal??", "where.low_back")]
    [InlineData("Now it's worse when I'm resting and better once I walk about??", "pain.worse_with_rest")]
    [InlineData("My hip hurts and I smoked for twenty years but quit, so I'm fine??", "hx.smoker")]
    public void Disbelief_told_with_two_marks_still_tells(string text, string code) =>
        Assert.Equal(true, ExtractedValue.Of(text, code));

    [Theory]
    [InlineData("I've had lower back pain for six months?", "where.low_back")] // one mark: asked
    [InlineData("I had sciatica years ago, could this be sciatica again??", "episode.recurrent")] // a real question after it
    [InlineData("Lower back pain from a slipped disc??", "where.low_back")] // a guess, not a statement of the person
    public void A_single_mark_a_real_question_or_a_guess_still_asks(string text, string code) =>
        Assert.Null(ExtractedValue.Of(text, code));
}
