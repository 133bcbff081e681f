namespace HipSpine.Engine.Tests;

/// <summary>
/// The fortieth round: a bare "back" of the person that troubles them now ("my back", "back pain", "backache", "hurt my
/// back", "my back went") is the low back; "back" as a direction or a return, the back of a body part, a place of lying,
/// someone else's back, a back in the past or denied, and any back when the upper or middle back is named, are not. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBareBackAffirmedTests
{
    private static object? LowBack(string text) => ExtractedValue.Of(text, "where.low_back");

    [Theory]
    [InlineData("My back has been killing me since Monday.")]
    [InlineData("Three weeks of back pain and I can hardly put my socks on.")]
    [InlineData("A nagging backache that is worse by the evening.")]
    [InlineData("I hurt my back shifting a wardrobe on Saturday.")]
    [InlineData("Bent down for the cat's bowl and my back went.")]
    [InlineData("Sharp pain in my back whenever I cough, for ten days now.")]
    [InlineData("I have a bad back and it has got worse since the move.")]
    public void A_troubled_bare_back_of_the_person_is_the_low_back(string text) =>
        Assert.Equal(true, LowBack(text));

    [Theory]
    [InlineData("My hip pain came back after the holiday.")] // a return
    [InlineData("My hip aches and I am due back to work on Monday.")] // a direction
    [InlineData("A few years back I broke my wrist; now my knee aches.")] // a time
    [InlineData("The ache is at the back of my thigh when I sit.")] // the back of a part
    [InlineData("My knee hurts when I lie on my back.")] // a place of lying
    [InlineData("My husband's back is sore, but my own pain is in the groin.")] // someone else's
    [InlineData("My upper back is sore and my back feels tight by the evening.")] // the upper back named
    [InlineData("The pain goes between my shoulder blades and my back hurts when I breathe.")] // the shoulder blades named
    [InlineData("My groin aches when I swing my leg forward or back.")] // a direction
    [InlineData("The pain shot across the top of my back and my arm felt heavy.")] // the top of the back
    [InlineData("A crushing chest pain that goes through to my back.")] // a chest pain through to the back
    public void Other_backs_are_not_the_low_back(string text) =>
        Assert.NotEqual(true, LowBack(text));

    [Fact]
    public void A_denied_bare_back_is_still_denied() =>
        Assert.Equal(false, LowBack("My groin is sore when I walk. No back pain at all."));
}
