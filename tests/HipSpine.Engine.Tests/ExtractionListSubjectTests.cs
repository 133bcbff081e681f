namespace HipSpine.Engine.Tests;

/// <summary>
/// A list read back from "hurts" stops at a new subject ("... from sitting my lower back hurts": the back hurts, on getting up);
/// an activity that hurts, or one done on a body part, is still read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionListSubjectTests
{
    [Theory]
    [InlineData("Every time I get up from sitting my left hip really hurts.", "pain.worse_sitting")]
    [InlineData("After a weekend of digging and bending, my lower back and hip have hurt.", "pain.worse_bending_lifting")]
    public void An_activity_before_a_new_subject_is_not_what_hurts(string text, string code) =>
        Assert.Null(ExtractedValue.Of(text, code));

    [Theory]
    [InlineData("My back is bad and sitting, standing and walking all hurt.", "pain.worse_sitting")]
    [InlineData("My hip aches and sitting on my bum for long hurts.", "pain.worse_sitting")]
    public void An_activity_that_hurts_is_still_read(string text, string code) =>
        Assert.Equal(true, ExtractedValue.Of(text, code));
}
