namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventieth round's recall of a recurrence (<c>episode.recurrent</c>), as the story format's rules for new batches
/// name it: "the same thing (pain, spot) again" and "it's happening (all over) again" (<c>SameAgain</c>), read even when
/// asked or guessed, since "again" presupposes the earlier time; and a pain "on and off" over a span of years told without
/// the word "year" ("since I was a teenager", "since college", "for a long time", "my whole life"), or with the back named
/// as the subject of a longer verb phrase ("my low back has been bugging me on and off for years"). Near misses stay as
/// they were. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionRecurrenceToldAgainTests
{
    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("My lower back has seized up. Is it the same thing again??")]
    [InlineData("Woke up with my hip aching, the same pain again, right where it was.")]
    [InlineData("Sharp pain in my lower back this morning, the exact same spot again.")]
    [InlineData("My back has gone stiff and sore and I think it's happening again.")]
    [InlineData("I can't believe my back pain is happening all over again.")]
    [InlineData("The pain settled each time, and that kept happening again and again.")]
    public void The_same_thing_again_recurs(string text) => Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("My lower back hurts. What are the chances of it happening again?")] // a future, no "be"
    [InlineData("My back hurts when I lift. I had the same pain in my hip.")] // no "again"
    [InlineData("My hip aches. My sister says it's happening again to her.")] // another person's
    [InlineData("My back hurts whenever I bend, and it happened again last night.")] // one episode's attacks
    public void Near_misses_of_again_stay_unread(string text) => Assert.Null(Recurrent(text));

    [Theory]
    [InlineData("I've had a bad back on and off since I was a teenager.")]
    [InlineData("My lower back has hurt on and off since I was a little girl.")]
    [InlineData("I've had mild back stiffness on and off since college.")]
    [InlineData("I've had back pain on and off for a long time, but now it's in my leg.")]
    [InlineData("My low back has been bugging me on and off for years.")]
    [InlineData("My lower back has been playing up on and off for about 4 yrs.")]
    public void On_and_off_over_years_told_without_the_word_year_recurs(string text) => Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("My lower back has ached on and off since I was pregnant.")] // a state of months, not a younger self
    [InlineData("I've had back pain on and off since Tuesday.")]
    [InlineData("My back has hurt on and off for a while now.")] // no span of years
    [InlineData("I've had fevers on and off since I was a child, and my back aches.")] // the fevers, not the pain
    public void On_and_off_without_a_span_of_years_stays_unread(string text) => Assert.Null(Recurrent(text));
}
