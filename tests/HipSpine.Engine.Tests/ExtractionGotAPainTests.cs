namespace HipSpine.Engine.Tests;

/// <summary>
/// A pain told as an event at one moment is a sudden onset (<c>episode.onset</c> "sudden"): a past "got" or "felt" a pain
/// after "and" (joined to the action it interrupted) or with a word of a sharp, sudden pain. A pain one has ("I've got a
/// sharp pain"), one that comes every time ("I get a stabbing pain"), a dull pain without "and", a pain injection, a
/// denied pain and a story whose onset is read by other words are not read so. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionGotAPainTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("On Friday I reached up to the top shelf and got a pain in my lower back, been stiff since.")]
    [InlineData("I was hoovering the stairs and felt this stab in my right hip, now it aches all day.")]
    [InlineData("Two days ago I turned to grab my bag and got a hot jolt of pain in my buttock.")]
    [InlineData("Walking the dog last night I got a sharp pain in my groin and had to limp home.")]
    [InlineData("At the gym on Monday I felt a searing pain across my low back.")]
    public void A_pain_told_as_a_moment_is_a_sudden_onset(string text) =>
        Assert.Equal("sudden", Onset(text));

    [Theory]
    [InlineData("I've got a sharp pain in my lower back that has been there for months.")] // a pain one has
    [InlineData("Every time I stand up from the sofa I get a stabbing pain in my hip.")] // it comes each time
    [InlineData("Over the winter I got a dull pain in my hip that just hung around.")] // dull, no action joined
    [InlineData("My GP sent me to the hospital and I got a pain injection in my back.")] // care, not the pain
    [InlineData("I bent over the bath and luckily didn't get a sharp pain this time.")] // denied
    [InlineData("I was never one to have back trouble and never got a sharp pain lifting anything.")] // denied
    public void A_pain_one_has_or_that_names_care_is_not(string text) =>
        Assert.Null(Onset(text));

    [Fact]
    public void Another_word_of_the_onset_wins() =>
        Assert.Equal("gradual", Onset("It crept up gradually over the summer, and then I bent down and got a sharp pain in my hip."));
}
