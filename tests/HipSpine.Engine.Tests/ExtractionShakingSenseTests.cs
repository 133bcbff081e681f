namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-fifth round's third kind: shaking that is not chills or rigors (hands shaking as the person types, a drink
/// called a shake, "shake it off") and a cold sweat (the sweat of a sudden pain or a faint) are not
/// <c>systemic.chills_rigors</c>. Still read: shaking all over, shaking chills, the shivers; a denial stays a denial and someone
/// else's shivers stay unread. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionShakingSenseTests
{
    private static object? Chills(string text) => ExtractedValue.Of(text, "systemic.chills_rigors");

    [Theory]
    [InlineData("The pain in my lower back is unbearable. Excuse the typos, I'm shaking.")]
    [InlineData("My back suddenly went and I collapsed. I'm still shaking as I write this.")]
    [InlineData("My lower back hurts after the gym. I have two protein shakes a day.")]
    [InlineData("My back has ached for a week and I just can't shake it off.")]
    [InlineData("A sudden pain shot through my back and I broke out in a cold sweat.")]
    public void Shaking_in_another_sense_is_not_read(string text) => Assert.Null(Chills(text));

    [Theory]
    [InlineData("My lower back is agony and I'm shaking all over and freezing.")]
    [InlineData("My back hurts and I have a fever with shaking chills.")]
    [InlineData("My back aches and tonight I've got the shivers.")]
    public void Chills_are_still_read(string text) => Assert.Equal(true, Chills(text));

    [Theory]
    [InlineData("My lower back hurts. No fever, no shaking or shivers.")]
    public void A_denial_stays_a_denial(string text) => Assert.Equal(false, Chills(text));

    [Theory]
    [InlineData("My back hurts. My son has the shivers with a cold.")]
    public void Someone_elses_shivers_are_not_read(string text) => Assert.Null(Chills(text));
}
