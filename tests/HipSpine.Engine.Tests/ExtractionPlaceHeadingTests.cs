namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-third round: a heading that names a side and a place ("Right hip.", "58F, left hip.", "61M, right hip." after the pain) names
/// the place the story's pain is in. Left out: a heading in a story with no symptom, a place in a sentence with a verb and no
/// symptom ("I had my right hip scanned."), and a heading with no side. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPlaceHeadingTests
{
    private static object? Hip(string text) => ExtractedValue.Of(text, "where.hip");

    [Theory]
    [InlineData("Right hip. It has ached for three months and is worse at night.")]
    [InlineData("58F, left hip. The pain started after a long walk and has not settled.")]
    [InlineData("I have had a nagging ache for weeks, worse at night. 61M, right hip.")]
    public void A_heading_with_a_side_names_the_place(string text) => Assert.Equal(true, Hip(text));

    [Theory]
    [InlineData("Right hip. I want to know about running shoes for my marathon.")] // no symptom in the story
    [InlineData("My back aches. I had my right hip scanned last year.")] // a verb: not a heading
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Hip(text));
}
