namespace HipSpine.Engine.Tests;

/// <summary>
/// The fiftieth round's recall kind for <c>where.both_legs</c>: "both (my) legs feel weak", whose "legs" the weakness phrase
/// "legs feel weak" took, so the site was never read (round 49's <see cref="ExtractionBothLegsNerveSymptomTests"/> read
/// every other nerve symptom in both legs). The longer phrase gives the weakness and the site. Denied, it denies both, as
/// "no weakness in both legs" does; someone else's legs and a past weakness stay unread. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionBothLegsFeelWeakTests
{
    private static object? Site(string text) => ExtractedValue.Of(text, "where.both_legs");

    private static object? Weakness(string text) => ExtractedValue.Of(text, "neuro.leg_weakness");

    [Theory]
    [InlineData("My lower back hurts and now both my legs feel weak.")]
    [InlineData("Both of my legs feel weak when I climb the stairs and my back aches.")]
    [InlineData("Both legs feel weak since the weekend, and my low back hurts.")]
    public void Both_legs_feeling_weak_reads_the_site_and_the_weakness(string text)
    {
        Assert.Equal(true, Site(text));
        Assert.Equal(true, Weakness(text));
    }

    [Theory]
    [InlineData("My back hurts. Both my legs don't feel weak at all.")]
    [InlineData("My back hurts, but no, both legs do not feel weak.")]
    public void A_denial_is_never_read_present(string text)
    {
        Assert.NotEqual(true, Site(text));
        Assert.Equal(false, Weakness(text));
    }

    [Theory]
    [InlineData("My husband says both his legs feel weak since his fall. My back is what hurts.")]
    [InlineData("My back hurts. I used to find both my legs feel weak after football.")]
    public void Someone_elses_legs_or_a_past_weakness_stay_unread(string text)
    {
        Assert.Null(Site(text));
        Assert.Null(Weakness(text));
    }
}
