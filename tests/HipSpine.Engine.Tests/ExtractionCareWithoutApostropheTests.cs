namespace HipSpine.Engine.Tests;

/// <summary>
/// The forty-eighth round's recall kind: care that has not helped typed without the apostrophe ("hasnt helped", "havent
/// helped", "hasnt improved", "isnt settling", "didnt give much relief"), read as the lexicon's spelled forms are, and care
/// that "worked at first". Each still needs care named in the story; the forms the spent stories leave blank ("hasnt let
/// up", "hasnt got better or worse") are not read. Both ways; the sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCareWithoutApostropheTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My lower back is sore. Been going to physio since June and it hasnt helped one bit.")]
    [InlineData("My hip aches. I got some tablets last week, they havent helped.")]
    [InlineData("My back hurts. Six weeks of physio exercises and it hasnt improved.")]
    [InlineData("My back aches. Had a sports massage on Friday but it just isnt settling.")]
    [InlineData("My hip hurts. The chiropractor didnt give much relief.")]
    [InlineData("My back aches. The physio exercises worked at first but now I'm in agony again.")]
    public void Care_not_helping_typed_without_the_apostrophe_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back hurts and the cold weather hasnt helped.")] // no care named
    [InlineData("My back has ached since Tuesday and it hasnt let up. I did some stretching.")] // a pain that goes on
    [InlineData("My back aches, it hasnt got better or worse. I tried a heat pad.")] // a course, not care failing
    [InlineData("My hip aches when I walk. The new job worked at first.")] // no care named
    public void Forms_left_blank_or_without_care_do_not_read(string text) => Assert.Null(Value(text));
}
