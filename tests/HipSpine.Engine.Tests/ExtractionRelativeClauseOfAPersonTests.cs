namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-eighth round's experiencer kind: "who" after a named person opens a clause about that person ("my dad who had a
/// stroke"), so it no longer ends the person's reach as other termination words do. The writer's own findings around it, and a
/// clause that says "also" of the writer, are read as before. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionRelativeClauseOfAPersonTests
{
    [Theory]
    [InlineData("My back aches and I keep thinking of my dad, who had a stroke last year.", "hx.vascular_disease")]
    [InlineData("My low back hurts. My mum who had a stroke lives with us.", "hx.vascular_disease")]
    [InlineData("I don't want to end up like my uncle who had back surgery.", "hx.previous_spine_surgery")]
    public void A_finding_told_in_a_clause_about_a_relative_is_not_the_writers(string text, string code) =>
        Assert.Null(ExtractedValue.Of(text, code));

    [Theory]
    [InlineData("I had a stroke two years ago and now my hip hurts.", "hx.vascular_disease")]
    [InlineData("My wife, who is a nurse, says my hip pain is from the way I sit.", "where.hip")]
    [InlineData("My sister who also has back pain says I should see a physio.", "where.low_back")]
    [InlineData("My low back hurts. My mum who had a stroke lives with us.", "where.low_back")]
    public void The_writers_own_findings_are_still_read(string text, string code) =>
        Assert.Equal(true, ExtractedValue.Of(text, code));
}
