namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-eighth round's recall kind for <c>episode.worsening</c>: the pain told to be getting stronger ("it's getting stronger
/// by the day", "the ache keeps getting stronger", "it has got steadily stronger"). Left out: stronger painkillers, legs or a
/// person getting stronger, a pain that grows stronger then weaker, one that grew within minutes as it began, a denial, a
/// worry and someone else's pain. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPainGettingStrongerTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My lower back started aching in June and it's getting stronger by the day.")]
    [InlineData("I have a dull pain in my right hip. The ache keeps getting stronger, and now it wakes me.")]
    [InlineData("My buttock has hurt for two months. It has got steadily stronger since the summer.")]
    [InlineData("The pain in my groin has been getting stronger and stronger over the last fortnight.")]
    public void The_pain_getting_stronger_is_read(string text) => Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My back hurts. The GP keeps giving me stronger painkillers.")]
    [InlineData("My hip aches a little, but my legs are getting stronger with the physio.")]
    [InlineData("My back aches. It gets stronger in the evening then a bit weaker by the morning.")]
    [InlineData("A pain came on in my chest and within minutes it got much stronger and went into my back.")]
    [InlineData("My back aches now and then but it isn't getting stronger.")]
    [InlineData("My hip aches and I'm worried it might get stronger if I keep running.")]
    public void Other_strength_is_not_read(string text) => Assert.NotEqual(true, Worsening(text));

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(Worsening("My back is fine. My husband says his knee pain is getting stronger every week."));
}
