namespace HipSpine.Engine.Tests;

/// <summary>
/// The twelfth round's words of an earlier episode, or of a place, said of something else (`EpisodeSenses`, an injection
/// "shot" in `WordSenses`), and a leg getting weaker as weak now (`SymptomKinds`): each has sentences that must not give the
/// finding and look-alikes that still must. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionEpisodeSenseTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("My back has hurt for months and this week it has flared up badly.", null)] // one flare now: worse, not back again
    [InlineData("My sciatica flares up every few months and then settles.", true)]
    [InlineData("I hurt it years ago and it has flared up a few times since.", true)]
    [InlineData("It has flared up again.", true)]
    public void One_flare_now_is_not_a_pain_that_comes_back(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "episode.recurrent"));

    [Theory]
    [InlineData("My back aches and I wet myself on the way to the toilet, never happened before.", null)] // the accident's history
    [InlineData("My hip hurts and I keep needing to pee urgently, never had that before.", null)]
    [InlineData("My back went when I lifted a box. Never had back pain before.", false)]
    public void An_earlier_time_denied_of_a_continence_symptom_is_not_the_pain_s(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "episode.recurrent"));

    [Theory]
    [InlineData("My back is killing me. The walk-in centre gave me a steroid shot in the hip.", null)] // an injection
    [InlineData("My back aches and they gave me a jab in my hip.", null)]
    [InlineData("My back aches and a sharp pain shot into my hip.", true)]
    public void A_shot_given_is_not_a_place_that_hurts(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "where.hip"));

    [Theory]
    [InlineData("My back hurts and both my legs are getting weaker.", true)] // weak now, as well as weakening
    [InlineData("Back pain for a week and my right foot is getting weaker every day.", true)]
    [InlineData("I've had flu and I'm getting weaker, my back aches.", null)] // no leg named
    [InlineData("My legs are not getting weaker, just sore.", null)] // the change denied, not the weakness
    public void A_leg_getting_weaker_is_weak(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "neuro.leg_weakness"));

    [Fact]
    public void A_leg_getting_weaker_keeps_its_body_site() =>
        Assert.Equal(true, Value("My back hurts and both my legs are getting weaker.", "where.both_legs"));
}
