namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-second round's recall kind for <c>episode.worsening</c>: the pain told to have turned into a worse pain ("it's
/// turned into a stabbing pain", "it turned into a heavy ache") or to have become severe ("has become unbearable", "gradually
/// become severe", "became extremely painful"). Left out: a pain that turns into another when something is done (what it does,
/// not its course), a fear of what it may turn into, something else turned into an illness, a turn of the body, a pain that
/// became painful (a beginning) or suddenly became unbearable, an activity grown painful, a denial, someone else's pain and an
/// earlier episode years ago. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPainTurnedSevereTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("My hip felt stiff for a few months and then it's turned into a proper stabbing pain.")]
    [InlineData("My lower back was a bit achy at first, then slowly it turned into a heavy throbbing ache in my buttock.")]
    [InlineData("Six weeks ago my groin started to twinge and now it has turned into constant pain.")]
    [InlineData("My left leg had a tingle in it in spring, since then it has turned into numbness down to my foot.")]
    public void A_pain_turned_into_a_worse_one_reads_true(string text) => Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My lower back pain has become unbearable.")]
    [InlineData("Two months ago my hip started to ache and over the weeks it has gradually become severe.")]
    [InlineData("Since Friday both my legs became really painful and my back aches.")]
    [InlineData("The ache in my buttock has grown almost intolerable.")]
    public void A_pain_become_severe_reads_true(string text) => Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My back aches. When I lie on my left side it turns into a throbbing pain.")]
    [InlineData("My back aches and I'm scared of it turning into sciatica.")]
    [InlineData("My back aches. My cold turned into a chest infection last week.")]
    [InlineData("I turned over in bed and felt a pain in my hip.")]
    [InlineData("I turned into the drive and felt a pain in my back.")]
    [InlineData("My right hip became painful in the spring.")]
    [InlineData("I was lifting a box when my back suddenly became unbearable.")]
    [InlineData("My hip aches and walking has become really painful.")]
    [InlineData("My back pain hasn't become unbearable, it's about the same.")]
    [InlineData("My husband's back pain has become unbearable. My own hip aches.")]
    [InlineData("Twelve years ago my back pain turned into sciatica for a while. This time my hip aches.")]
    [InlineData("I'm worried my hip pain will become unbearable.")]
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Worsening(text));
}
