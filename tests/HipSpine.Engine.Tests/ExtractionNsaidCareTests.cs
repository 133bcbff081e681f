namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-eighth round's recall kind for <c>episode.not_improving_with_care</c>: an anti-inflammatory told not to help ("the
/// naproxen did nothing", "ibuprofen hasn't helped") is care that has not helped as well as a poor response to
/// anti-inflammatories. Left out: an anti-inflammatory that helps a little (hedged), one not yet tried, one that did not help in
/// an earlier episode (still a poor response), and someone else's. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionNsaidCareTests
{
    private static object? Care(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My hip aches after running. The naproxen did nothing.")]
    [InlineData("My lower back has hurt for a month and ibuprofen hasn't helped at all.")]
    [InlineData("My buttock hurts when I sit. Anti-inflammatories haven't helped one bit.")]
    public void An_anti_inflammatory_that_did_not_help_is_read(string text)
    {
        Assert.Equal(true, Care(text));
        Assert.Equal(false, ExtractedValue.Of(text, "hx.nsaid_good_response"));
    }

    [Theory]
    [InlineData("My back hurts. Ibuprofen barely helps.")]
    [InlineData("My lower back hurts and I haven't tried ibuprofen yet.")]
    public void Other_anti_inflammatory_words_are_not_read(string text) => Assert.NotEqual(true, Care(text));

    [Fact]
    public void An_earlier_episode_is_a_poor_response_only()
    {
        const string text = "My hip aches. Years ago ibuprofen didn't help my back, in the past naproxen did nothing either.";
        Assert.NotEqual(true, Care(text));
        Assert.Equal(false, ExtractedValue.Of(text, "hx.nsaid_good_response"));
    }

    [Fact]
    public void Someone_elses_is_not_read() =>
        Assert.Null(Care("My back hurts. My husband says naproxen did nothing for his knee."));
}
