namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirty-third round's recall kind for a site below the knee: a pain that travels down the leg "to", "into" or "towards"
/// the foot, toes, heel or sole is below the knee. Not the foot alone, not a path that is only numb or tingles, not a denied
/// path, and not "to my feet" with no path word. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPainToTheFootTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "where.below_knee");

    [Theory]
    [InlineData("I have a sharp pain in my lower back that shoots down my right leg all the way to my foot.")]
    [InlineData("The pain runs from my buttock right down to my heel.")]
    [InlineData("Burning pain going down both legs into my toes.")]
    public void A_pain_down_the_leg_to_the_foot_is_below_the_knee(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back hurts, and I have pins and needles down to my toes.")] // only a tingle reaches the foot
    [InlineData("My lower back aches and I struggle to get to my feet from a chair.")] // no path down the leg
    [InlineData("My back hurts. I'm on my feet all day at work.")] // the foot alone
    public void A_tingle_or_the_foot_alone_is_not(string text) => Assert.Null(Value(text));
}
