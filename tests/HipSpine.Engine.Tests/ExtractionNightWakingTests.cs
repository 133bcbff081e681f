namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifteenth round: waking with the pain, words between ("I keep waking up around 3am with it"), and sleeping
/// called hard ("sleeping has got really hard") are night pain; a waking that dates the start is not. The sentences
/// are not from the corpus.
/// </summary>
public sealed class ExtractionNightWakingTests
{
    [Theory]
    [InlineData("My hip aches and I keep waking up around 3am with it.")]
    [InlineData("Last week at 2am I woke up with agony in my lower back.")]
    [InlineData("My back is sore and sleeping has got really hard lately.")]
    [InlineData("With this hip sleeping is impossible.")]
    public void Waking_with_the_pain_or_sleep_called_hard_is_night_pain(string text) =>
        Assert.Equal(true, ExtractedValue.Of(text, "pain.night"));

    [Theory]
    [InlineData("I woke up this morning with a sharp pain in my lower back.")] // the onset, one morning
    [InlineData("I woke up two days ago with my hip locked.")]
    [InlineData("My back hurts when I walk; sleeping isn't hard.")] // denied
    public void Other_wakings_are_not_night_pain(string text) =>
        Assert.NotEqual(true, ExtractedValue.Of(text, "pain.night"));
}
