namespace HipSpine.Engine.Tests;

/// <summary>
/// Pain or swelling in a testicle told a few words away from the place (<c>visceral.testicle_pain</c>): "my balls are in
/// agony", "pain in my groin going into my testicle". Not a ball game, not a testicle named without pain (numb, a cancer),
/// not a denial and not a pain that was in the past. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionTesticlePainTests
{
    private static object? TesticlePain(string text) => ExtractedValue.Of(text, "visceral.testicle_pain");

    [Theory]
    [InlineData("I'm 16 and since an hour ago my balls are in complete agony and I feel sick.")]
    [InlineData("Sudden sharp pain in my groin going down into my testicle this morning.")]
    [InlineData("Since last night my nuts are killing me and I can't stand up straight.")]
    [InlineData("Since yesterday my scrotum on the left side is really tender.")]
    public void The_place_and_its_pain_a_few_words_apart_are_testicle_pain(string text) =>
        Assert.Equal(true, TesticlePain(text));

    [Theory]
    [InlineData("My hip aches after I played football and kicked the balls for an hour in training.")]
    [InlineData("My lower back hurts. There is some numbness in my left testicle.")]
    [InlineData("My uncle had testicular cancer and now my back aches and I worry.")]
    [InlineData("My groin aches when I run but there is no pain in my testicles at all.")]
    [InlineData("I had a sore, swollen scrotum years ago after a cycling trip. Now my lower back hurts when I sit.")]
    public void A_ball_game_a_testicle_without_pain_a_denial_or_the_past_is_not(string text) =>
        Assert.NotEqual(true, TesticlePain(text));
}
