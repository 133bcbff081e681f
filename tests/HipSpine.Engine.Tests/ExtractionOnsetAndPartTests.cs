namespace HipSpine.Engine.Tests;

/// <summary>
/// The ninth round's kinds of false reading outside lengths of time: an onset word said of something other than how the pain
/// began (an urge, how soon an activity hurts, how the pain spread), a denial of one part of "nausea or vomiting", and a
/// comparison ("not like my usual") that denies nothing. Each kind both ways; the sentences are not from the corpus.
/// </summary>
public sealed class ExtractionOnsetAndPartTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("I keep getting a sudden urge to pee and my back aches.", null)] // the bladder's urge
    [InlineData("I get a sudden need to rush to the toilet and my hip aches.", null)]
    [InlineData("My back pain came on suddenly.", "sudden")]
    [InlineData("I felt a sudden pain in my hip.", "sudden")]
    [InlineData("Bending forward hurts straight away.", null)] // how soon an activity hurts
    [InlineData("I bent down and it hurt straight away.", "sudden")] // told in the past: the beginning
    [InlineData("The ache gradually worked down into my calf.", null)] // how it spread
    [InlineData("The ache came on gradually.", "gradual")]
    public void An_onset_word_about_something_else_is_not_the_onset(string text, string? expected) =>
        Assert.Equal(expected, Value(text, "episode.onset"));

    [Theory]
    [InlineData("My back hurts. I haven't vomited but I feel queasy.", true)]
    [InlineData("My back hurts. I haven't been sick but I feel nauseous.", true)]
    [InlineData("My back hurts. No vomiting.", null)] // one part denied: nausea is still asked
    [InlineData("My back hurts. No nausea or vomiting.", false)] // both parts denied
    [InlineData("I've been vomiting since last night and my back hurts.", true)]
    public void Denying_one_part_of_nausea_or_vomiting_denies_nothing(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "systemic.nausea_vomiting"));

    [Theory]
    [InlineData("I take ibuprofen but the pain is not like my usual flares and hasn't settled.", "episode.not_improving_with_care", true)] // a comparison
    [InlineData("I take ibuprofen. The pain has not settled.", "episode.not_improving_with_care", true)]
    [InlineData("I'm not like incontinent or anything.", "neuro.bladder_change", false)] // "like" as a filler: still a denial
    [InlineData("My back aches, I'm not like numb in my saddle area.", "neuro.saddle_numbness", false)]
    public void Not_like_something_is_a_comparison_and_denies_nothing_after_it(string text, string code, bool? expected) =>
        Assert.Equal(expected, Value(text, code));
}
