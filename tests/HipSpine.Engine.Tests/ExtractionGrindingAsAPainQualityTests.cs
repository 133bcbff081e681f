namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-seventh round's precision kind for <c>pain.clicking_locking_catching</c>: "a grinding ache", "a grinding sort of
/// pain" say what the pain is like, not that the hip grinds. A grinding feeling in the hip, a hip that grinds and bone grinding on
/// bone are read as before. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionGrindingAsAPainQualityTests
{
    private static object? Grinding(string text) => ExtractedValue.Of(text, "pain.clicking_locking_catching");

    [Theory]
    [InlineData("I've had a grinding ache in my lower back for years.")]
    [InlineData("My hip has hurt lately, a grinding sort of pain.")]
    public void A_grinding_pain_is_its_quality(string text) => Assert.Null(Grinding(text));

    [Theory]
    [InlineData("I get a grinding feeling in my hip when I walk.")]
    [InlineData("My hip grinds when I squat.")]
    [InlineData("My hip hurts and it feels like bone grinding on bone.")]
    public void A_joint_that_grinds_is_still_read(string text) => Assert.Equal(true, Grinding(text));
}
