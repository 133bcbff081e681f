namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-fourth round's weakness getting worse told in the weakness's own sentence (<c>WeaknessGettingWorse</c>): a leg
/// weakness, foot drop or leg numbness already read as the person's own, followed by a change verb and "worse". Near misses - the
/// pain getting worse, a denial, a worry, worse under a condition, a comparison of two legs - stay unread. The sentences are not
/// from the corpus.
/// </summary>
public sealed class ExtractionWeaknessGettingWorseTests
{
    private static object? Worsening(string text) => ExtractedValue.Of(text, "neuro.weakness_worsening");

    [Theory]
    [InlineData("My back aches and my left leg feels weak and it is getting worse.")]
    [InlineData("Lower back pain, and the numbness in my right foot keeps getting worse.")]
    [InlineData("My back went and now my legs are weak and it's getting worse by the hour.")]
    public void A_leg_weakness_getting_worse_is_read(string text) => Assert.Equal(true, Worsening(text));

    [Theory]
    [InlineData("My left leg feels weak and the pain in my back is getting worse.")] // the pain worsens
    [InlineData("My left leg feels weak but it isn't getting worse.")] // denied
    [InlineData("My left leg feels weak and I'm worried it's getting worse.")] // a worry
    [InlineData("My back aches and the tingling in my leg gets worse the more I walk.")] // worse under a condition
    [InlineData("My back aches and my foot goes numb and gets worse when I sit.")] // worse under a condition
    [InlineData("Both my legs feel weak, the left worse.")] // a comparison, no change
    public void Near_misses_stay_unread(string text) => Assert.Null(Worsening(text));
}
