namespace HipSpine.Engine.Tests;

/// <summary>
/// The fortieth round: "they" after care just named ("had steroid jabs, they didn't help") is the care, so care that has not
/// helped is the person's; "they" after a doctor, or beside another person named, still sets it aside. The sentences are
/// not from the corpus.
/// </summary>
public sealed class ExtractionCareCalledTheyTests
{
    private static object? CareNotHelping(string text) => ExtractedValue.Of(text, "episode.not_improving_with_care");

    [Theory]
    [InlineData("My hip aches at night. Had steroid jabs in March, they didn't help.")]
    [InlineData("My groin hurts when I walk. Did six sessions of acupuncture and they haven't helped.")]
    public void They_after_care_named_is_the_care(string text) =>
        Assert.Equal(true, CareNotHelping(text));

    [Theory]
    [InlineData("My hip aches at night. My sister had physio for her knee and they didn't help her.")] // another person named
    public void They_beside_another_person_is_not(string text) =>
        Assert.NotEqual(true, CareNotHelping(text));
}
