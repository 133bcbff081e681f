namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-sixth round's recall kinds for <c>episode.not_improving_with_care</c>: a bare verdict closing a sentence that
/// names care ("Took 2 ibuprofen for it, nothing.", "Saw a chiropractor, no help", "physio exercises for weeks, no change at
/// all"), care that made the pain worse ("the massage made it worse"), care that did not "do much" ("the painkillers don't
/// do much", epidurals that "don't do much"; since round 60 also "isn't doing much"), and several cares of which "neither did a thing" or "none of it touched it".
/// Left out: a verdict after no care ("no fall, no knock, nothing"; "a pillow" is no pill), "no change in" something, an
/// activity that makes the pain worse in the present, an amount of an activity ("I don't do much exercise"), a denial and
/// someone else's care. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCareVerdictTests
{
    private static object? Care(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My lower back has hurt for two weeks. Took 2 ibuprofen for it, nothing.")]
    [InlineData("My hip aches all day. Saw a chiropractor last week, no help.")]
    [InlineData("My back pain is constant. I did my physio exercises every day for a month, no change at all.")]
    [InlineData("My back hurts. The GP treated me for a strain, also no good.")]
    public void A_verdict_after_care_reads_true(string text) => Assert.Equal(true, Care(text));

    [Theory]
    [InlineData("My lower back hurts. The massage made it way worse the next day.")]
    [InlineData("My hip aches. The GP gave me an injection that made it worse.")]
    public void Care_that_made_it_worse_reads_true(string text) => Assert.Equal(true, Care(text));

    [Theory]
    [InlineData("My back aches. The painkillers I got from the pharmacy dont do much.")]
    [InlineData("My lower back has hurt for years. I've had six epidurals and they don't do much anymore.")]
    [InlineData("My hip has ached for a month. I tried diclofenac gel but this week it's not doing much.")] // round 60
    [InlineData("My back hurts. The physio exercises are not doing much.")] // round 60
    [InlineData("My back hurts. I started acupuncture and it isnt doing much.")] // round 60
    public void Care_that_does_not_do_much_reads_true(string text) => Assert.Equal(true, Care(text));

    [Theory]
    [InlineData("My back hurts. I tried paracetamol and then ibuprofen, neither did a thing.")]
    [InlineData("My hip aches. Physio, massage, acupuncture, none of it touched it.")]
    [InlineData("My back hurts. I've seen a chiropractor and an osteopath and neither sorted it.")]
    public void Care_of_which_neither_or_none_helped_reads_true(string text) => Assert.Equal(true, Care(text));

    [Theory]
    [InlineData("My back hurts. My husband saw two physios for his knee and neither sorted it.")]
    [InlineData("My hip started hurting out of nowhere, no fall, no knock, nothing.")]
    [InlineData("My back hurts at night. Tried a hot bath, a pillow under my knees, nothing.")]
    [InlineData("My back hurts and I've started physio. No change in my bladder or bowels.")]
    [InlineData("My back hurts when I bend. Exercise makes it worse.")]
    [InlineData("My back hurts when I run, and I take ibuprofen. I don't do much exercise otherwise.")]
    [InlineData("My back hurts and I take paracetamol. I'm not doing much exercise at the moment.")]
    [InlineData("My back hurts. My husband's physio isn't doing much for his knee.")]
    [InlineData("My back hurts. Physio hasn't made it worse, at least.")]
    [InlineData("My back hurts. My husband saw a chiropractor for his neck, no help.")]
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Care(text));
}
