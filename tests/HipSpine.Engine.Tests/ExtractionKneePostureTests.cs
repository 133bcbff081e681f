namespace HipSpine.Engine.Tests;

/// <summary>
/// The knees named as where the body rests or as a limb that is moved ("sank to my knees", "a cushion between my knees",
/// "hugging my knee to my chest") are not where it hurts (<c>where.knee</c>); a pain reaching or felt in the knee still is.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionKneePostureTests
{
    private static object? Knee(string text) => ExtractedValue.Of(text, "where.knee");

    [Theory]
    [InlineData("I bent to tie my laces and a stabbing pain in my lower back made me sink to my knees.")]
    [InlineData("My lower back went into spasm and I collapsed to my knees on the kitchen floor.")]
    [InlineData("I was on my knees weeding the garden when my lower back started to hurt.")]
    [InlineData("My back aches badly and I had to crawl to the bathroom on my hands and knees.")]
    [InlineData("My hip aches at night so I sleep on my side with a cushion between my knees.")]
    [InlineData("My lower back is sore and I can only get up from the sofa with my hands on my knees.")]
    [InlineData("The pain in my buttock eases when I lie down hugging my knee to my chest.")]
    [InlineData("My hip hurts when I cross my legs and put my ankle onto the other knee.")]
    public void A_knee_named_as_a_posture_is_not_where_it_hurts(string text) =>
        Assert.Null(Knee(text));

    [Theory]
    [InlineData("The pain runs from my hip down to my knee.")]
    [InlineData("My lower back hurts and the ache goes all the way to the knee.")]
    [InlineData("I have a sharp pain in my left knee when I climb stairs.")]
    [InlineData("My knees ache and my lower back is stiff every morning.")]
    public void A_pain_reaching_or_felt_in_the_knee_is_still_read(string text) =>
        Assert.Equal(true, Knee(text));
}
