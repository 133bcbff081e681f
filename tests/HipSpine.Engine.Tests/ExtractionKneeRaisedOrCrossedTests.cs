namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-seventh round's precision kind for <c>where.knee</c>: the knee told as a posture or a limb moved, in four more
/// shapes than before: a collapse told with its object ("it brought me to my knees"), a way of lifting ("I lifted with my
/// knees"), a leg crossed over the knee ("I can't cross my right leg over my knee") and the knee raised ("lie down with my knees
/// up", "lifting my knee up"). A pain that goes down to the knee, a feeling "from the knee up my inner thigh" and a pain over the
/// knee are still the knee. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionKneeRaisedOrCrossedTests
{
    private static object? Knee(string text) => ExtractedValue.Of(text, "where.knee");

    [Theory]
    [InlineData("My lower back went into spasm and it brought me to my knees.")]
    [InlineData("I lifted with my knees like I always do, but my back still twinged.")]
    [InlineData("My hip is stiff and I can't cross my right leg over my knee.")]
    [InlineData("My back hurts unless I lie down with my knees up.")]
    [InlineData("My hip hurts when I'm lifting my knee up to put my socks on.")]
    public void A_knee_raised_crossed_or_knelt_on_is_no_site(string text) => Assert.Null(Knee(text));

    [Theory]
    [InlineData("The pain goes from my hip down to my knee.")]
    [InlineData("I have a pulling feeling from the knee up my inner thigh.")]
    [InlineData("There's a sharp pain over my knee when I kneel.")]
    public void A_knee_that_hurts_is_still_read(string text) => Assert.Equal(true, Knee(text));
}
