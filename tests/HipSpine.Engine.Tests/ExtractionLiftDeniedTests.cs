namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-third round's kind for <c>hx.lifting_onset: false</c>: a lift denied beside a strain, a twist or a bend denied
/// ("I didn't lift anything or hurt myself", "didn't lift anything, didn't twist"), a lift denied in a short list ("didn't
/// fall or lift anything") and in the past progressive ("wasn't lifting anything, it came out of nowhere"). Not avoidance,
/// an inability, a lift denied with no other cause, someone else's or a past episode's; an affirmed lift still reads. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLiftDeniedTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "hx.lifting_onset");

    [Theory]
    [InlineData("My back went this morning and I honestly didn't lift anything or strain it.")]
    [InlineData("No idea why my hip hurts, I didn't lift anything and didn't twist.")]
    [InlineData("The pain came on at my desk, I wasn't lifting anything, it came out of nowhere.")]
    [InlineData("No injury, I didn't trip or lift anything, my lower back just seized.")]
    [InlineData("My back is agony since Monday, didn't lift anything, didn't bend awkwardly.")]
    public void A_lift_denied_beside_another_cause_reads_false(string text) => Assert.Equal(false, Value(text));

    [Theory]
    [InlineData("I haven't lifted anything since my back went on Monday.")]
    [InlineData("My back aches and I can't lift anything or bend without pain.")]
    [InlineData("I wasn't lifting anything heavy at work because of my sore back.")]
    [InlineData("My back aches. My husband didn't lift anything or hurt himself but his back went too.")]
    public void Avoidance_inability_or_someone_elses_denial_is_not_false(string text) => Assert.NotEqual(false, Value(text));

    [Fact]
    public void An_affirmed_lift_still_reads() =>
        Assert.Equal(true, Value("I was lifting a heavy box at work and my back went, I didn't twist or fall."));
}
