namespace HipSpine.Engine.Tests;

/// <summary>
/// Care that "none of it worked" or that "hasn't done a thing" has not helped (round 83): the "none of" form of "nothing
/// worked" and "has done nothing" told another way. Care must still be named; "hadn't done a thing" and "I haven't done a
/// thing to it" (no injury) stay unread, even beside care. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCareNoneWorkedOrNotAThingTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My lower back aches. I tried tablets, a heat pad and stretches, none of it worked.")]
    [InlineData("My hip is sore. The GP and the physio tried a few things and none of them have worked.")]
    [InlineData("My back hurts. Four sessions of acupuncture and it hasnt done a thing.")]
    [InlineData("My buttock aches. The steroid injection hasn't done a thing.")]
    public void Care_that_none_of_worked_or_did_not_a_thing_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back seized this morning. I hadn't done a thing, no lifting at all.")] // no injury, no care
    [InlineData("My back aches. I didn't do a thing to it, it just started.")] // no injury, no care
    [InlineData("My back aches and I haven't done a thing to it. The GP gave me some tablets yesterday.")] // no injury; care not yet judged
    [InlineData("My back aches. The power went off and none of the hall lights worked, none of them worked.")] // no care named
    public void Other_things_that_did_nothing_do_not_read(string text) => Assert.Null(Value(text));
}
