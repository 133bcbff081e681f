namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-second round's recall kind for <c>where.both_legs</c>: "my legs" (or "his legs") told with numbness, tingling,
/// weakness or heaviness and no "both" ("now my legs feel weak", "my legs go numb after a short walk", "his legs have no strength
/// in them", "pins and needles in my legs"). Left out, so neither read true nor false: a denial ("my legs are not weak", "nothing
/// down my legs, no numbness"), one of the legs, the area between the legs, a heavy thing lifted, someone else's legs, a worry and a
/// question. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionMyLegsSymptomsTests
{
    private static object? BothLegs(string text) => ExtractedValue.Of(text, "where.both_legs");

    [Theory]
    [InlineData("My lower back has ached for a month and now my legs feel weak as well.")]
    [InlineData("After ten minutes of walking my legs go numb and I have to sit on a bench.")]
    [InlineData("I'm writing for my father. His back hurts and his legs have no strength in them.")]
    [InlineData("My back is sore and I get pins and needles in my legs at night.")]
    [InlineData("My back hurts and my legs get achy, heavy, tingly by the evening.")]
    public void My_legs_with_a_nerve_symptom_read_true(string text) => Assert.Equal(true, BothLegs(text));

    [Theory]
    [InlineData("My lower back hurts. My legs are not weak and I can walk fine.")]
    [InlineData("My back aches low down. Nothing down my legs, no numbness or tingling.")]
    [InlineData("My back hurts and one of my legs has gone numb.")]
    [InlineData("My back hurts and it feels numb between my legs.")]
    [InlineData("I stood with my legs apart to lift something heavy and my back went.")]
    [InlineData("My back hurts. My husband says his legs feel weak after his walks.")]
    [InlineData("My back hurts and I'm worried my legs will go numb.")]
    public void Others_are_not_read(string text) => Assert.Null(BothLegs(text));
}
