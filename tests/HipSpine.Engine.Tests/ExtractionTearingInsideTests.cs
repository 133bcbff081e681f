namespace HipSpine.Engine.Tests;

/// <summary>
/// The fiftieth round's recall kind for <c>pain.tearing_sudden_severe</c> (a red flag of the aortic rules): a tear told as
/// something that rips or tears inside ("like something ripping", "tearing inside my chest", "ripped through my back", "a
/// tearing kind of pain"), and "felt something tear inside", which is also the sudden moment it began. A denial reads the
/// finding false and never true; a past tear and someone else's stay unread; a bare "tear" (wear and tear, tearing up) is
/// no pain. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionTearingInsideTests
{
    private const string Code = "pain.tearing_sudden_severe";

    private static object? Value(string text, string code = Code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("An hour ago a pain hit me between my shoulder blades, like something ripping apart.")]
    [InlineData("It came on all at once, like something was tearing inside my chest.")]
    [InlineData("Ten minutes ago a pain ripped through my back into my stomach.")]
    [InlineData("It is a tearing kind of pain low in my back that started this afternoon.")]
    public void Something_tearing_or_ripping_reads(string text) => Assert.Equal(true, Value(text));

    [Fact]
    public void Felt_something_tear_inside_is_the_tear_and_the_sudden_onset()
    {
        const string text = "I bent to tie my shoe and felt something tear inside my belly, and now my back is agony.";
        Assert.Equal(true, Value(text));
        Assert.Equal("sudden", Value(text, "episode.onset"));
    }

    [Theory]
    [InlineData("My back aches but it is not a tearing kind of pain.")]
    [InlineData("There is no feeling of something ripping, just a dull ache in my low back.")]
    public void A_denied_tear_is_never_read_present(string text) => Assert.NotEqual(true, Value(text));

    [Theory]
    [InlineData("I used to get a pain like something tearing inside my chest, but now it is only my low back that aches.")]
    [InlineData("My dad said it felt like something ripping in his chest when he had his aneurysm. My own back just aches.")]
    public void A_past_tear_or_someone_elses_stays_unread(string text) => Assert.Null(Value(text));

    [Theory]
    [InlineData("My back has a lot of wear and tear, the physio says, and it aches after work.")]
    [InlineData("Sitting at my desk all day has me tearing up, my lower back is so sore.")]
    [InlineData("The pain in my back was so bad this morning I was in tears.")] // "tearing pain" in written order only
    public void A_tear_in_another_sense_is_no_pain(string text) => Assert.Null(Value(text));
}
