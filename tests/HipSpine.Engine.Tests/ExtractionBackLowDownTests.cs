namespace HipSpine.Engine.Tests;

/// <summary>
/// The twentieth round: "low down" placed beside the back, often across a comma, names the low back; not when another
/// place comes between, the side of the back, the upper back, or a denial; two parts sharing one "back" read both. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBackLowDownTests
{
    private const string LowBack = "where.low_back";

    [Theory]
    [InlineData("My back has been aching since the spring, low down, mostly after work.")]
    [InlineData("I keep getting a backache, low down, when I garden.")]
    [InlineData("The pain is in my back, lower down, and it throbs.")]
    [InlineData("There's a dull ache very low down my spine.")]
    public void Low_down_beside_the_back_is_the_low_back(string text) =>
        Assert.Equal(true, ExtractedValue.Of(text, LowBack));

    [Theory]
    [InlineData("My back is fine but I have a pain low down in my belly.")] // another place between
    [InlineData("A sharp pain on the left side of my back, low down by the ribs.")] // the side of the back: the flank
    [InlineData("My upper back aches, and my knee swells low down at the front.")] // the upper back
    [InlineData("My sister has back pain, low down, from her job.")] // someone else
    public void Low_down_of_another_place_is_not_the_low_back(string text) =>
        Assert.NotEqual(true, ExtractedValue.Of(text, LowBack));

    [Theory]
    [InlineData("I've had an ache across the middle and lower part of my back since the move.")]
    [InlineData("My mid and low back are stiff and sore.")]
    [InlineData("Pain in the upper and lower back after painting the ceiling.")]
    public void Two_parts_sharing_one_back_read_both(string text)
    {
        Assert.Equal(true, ExtractedValue.Of(text, "where.mid_upper_back"));
        Assert.Equal(true, ExtractedValue.Of(text, LowBack));
    }

    [Theory]
    [InlineData("No pain in the middle and lower part of my back.")] // denied
    [InlineData("The middle and lower shelves hurt my back to reach.")] // no shared noun
    public void A_denied_or_unshared_middle_is_not_the_middle_back(string text) =>
        Assert.NotEqual(true, ExtractedValue.Of(text, "where.mid_upper_back"));
}
