namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-second round's recall kind for <c>episode.not_improving_with_care</c>: the pain told to be "still there", "still not
/// gone", "still not sorted", "still no good" or "still hurting" after care named in the same sentence. Left out: the words with no
/// care before them in their sentence (the course), care that eased the pain in part, "still sore", a denial, someone else's care
/// and an earlier episode. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionStillThereAfterCareTests
{
    private static object? Care(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My hip has ached since March. I did six weeks of physio and it's still there.")]
    [InlineData("My lower back hurts. The GP put me on naproxen for a fortnight and the pain is still not gone.")]
    [InlineData("My back hurts. I've seen two chiropractors over the summer and it's still not sorted.")]
    [InlineData("My groin aches. The walk-in centre gave me tablets, it's still no good.")]
    [InlineData("My back hurts. Went to the emergency department twice, still hurting.")]
    public void Still_there_after_care_reads_true(string text) => Assert.Equal(true, Care(text));

    [Theory]
    [InlineData("My hip started aching in May. Three months on and it's still there.")]
    [InlineData("My back hurts. I took paracetamol and it eased a bit, but it's still there.")]
    [InlineData("My back hurts. The massage made it better but it's still there at night.")]
    [InlineData("My back hurts. I had physio last week and it's still sore but bearable.")]
    [InlineData("My back hurts. My husband had physio for his shoulder and it's still there.")]
    [InlineData("My back hurts. Years ago I had injections for my neck and the pain was still there after.")]
    [InlineData("My back hurts. I had acupuncture and it's not still there, it went completely.")]
    public void Others_are_not_read_true(string text) => Assert.NotEqual(true, Care(text));
}
