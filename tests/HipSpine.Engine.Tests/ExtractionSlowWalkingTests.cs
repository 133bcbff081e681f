namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-fourth round's recall kind for <c>func.difficulty_walking_standing</c>: walking or moving told as slow, with
/// "only" before the verb or a degree word before "slowly" ("I can only walk slowly", "moving really slowly"). Not a slow
/// pace the person can still manage in a list, a pace chosen on purpose, a denial, someone else's or a past slowness. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSlowWalkingTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My hip has ached for a fortnight and I can only walk slowly to the end of the garden.")]
    [InlineData("My lower back is agony. Moving very slowly round the house, every step jars.")]
    [InlineData("My hip aches, I'm walking so slowly now.")]
    [InlineData("My back hurts, I only walk slow now, otherwise it catches.")]
    public void A_slow_walk_told_as_a_limit_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My hip aches at night. I'm not walking really slowly, I keep up with everyone.")]
    [InlineData("My back aches. My dad walks very slowly since his stroke.")]
    [InlineData("My hip hurts. Years ago after my knee operation I could only walk slowly.")]
    public void Denied_someone_elses_or_past_slowness_is_not_read(string text) => Assert.NotEqual(true, Value(text));

    [Theory]
    [InlineData("My back aches. I can walk slowly, sit and lie down, but getting up is the hard part.")]
    [InlineData("My hip aches when I run, so I walk really slowly for ten minutes to warm up first.")]
    [InlineData("My back hurts when walking slow and when walking fast.")]
    [InlineData("The pain in my hip came on slowly over a month.")]
    public void A_slowness_that_is_no_limit_is_not_read(string text) => Assert.NotEqual(true, Value(text));
}
