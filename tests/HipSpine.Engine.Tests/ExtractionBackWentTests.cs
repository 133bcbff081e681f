namespace HipSpine.Engine.Tests;

/// <summary>
/// "My back went" tells a sudden onset (<c>episode.onset</c> "sudden"): the back alone, an aside between, or the moment or
/// the sound after it; a back that went numb, went away, went again, went badly or went somewhere, someone else's back, and
/// a story whose onset is read by other words are not read so ("my lower back": the lexicon's "my back went" already reads
/// the plain back). The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBackWentTests
{
    private static object? Onset(string text) => ExtractedValue.Of(text, "episode.onset");

    [Theory]
    [InlineData("I was carrying the shopping in from the car and my lower back went. Can barely move now.")]
    [InlineData("Reached for the kettle and my back just went!! The pain is awful.")]
    [InlineData("Last Tuesday my lower back (right side) went and I had to lie on the floor.")]
    [InlineData("Picking up a crate of apples and something in my back went crack, sore ever since.")]
    [InlineData("My back went while I was pulling weeds in the garden, aching since.")]
    [InlineData("My lower back went - sharp ache on the left and spasms.")]
    public void A_back_that_went_is_a_sudden_onset(string text) =>
        Assert.Equal("sudden", Onset(text));

    [Theory]
    [InlineData("My lower back went numb for a minute after sitting on the bench.")] // numb, not a beginning
    [InlineData("My lower back went again last week, it happens every winter.")] // a recurrence
    [InlineData("I had an operation on my back that went badly years ago.")] // an outcome
    [InlineData("The pain in my lower back went down into my leg by the evening.")] // where it went
    [InlineData("My husband's lower back went last week and now mine aches too.")] // someone else's back
    [InlineData("The ache in my lower back went away after a week of rest.")] // it ended
    public void A_back_that_went_somewhere_or_someone_elses_is_not(string text) =>
        Assert.Null(Onset(text));

    [Fact]
    public void Another_word_of_the_onset_wins() =>
        Assert.Equal("gradual", Onset("It came on gradually over a month, then one morning my back went."));
}
