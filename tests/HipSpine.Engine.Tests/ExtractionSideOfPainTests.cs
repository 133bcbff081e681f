using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The eleventh round's kinds of false side (`SideOfPain`): pain.side is the side of hip, buttock, groin or leg pain, so
/// "right" as an intensifier, a side denied, and the side of the back or the flank alone are not it. Each kind has a
/// sentence that must not give the side and a look-alike that still must. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSideOfPainTests
{
    private static BodySide? Side(string text) => ExtractedValue.Extractor.Extract(text, ExtractedValue.Today).Side?.Side;

    [Theory]
    [InlineData("I get a stabbing pain right in the middle of my groin.", null)] // "right in": an intensifier
    [InlineData("The ache goes right through my hip when I stand.", null)]
    [InlineData("My hip hurts right now and it kept me awake.", null)]
    [InlineData("It throbs right down the back of my thigh.", null)]
    [InlineData("My left buttock aches and it shoots right into my foot.", BodySide.Left)] // not left and right
    [InlineData("The pain is in my right groin.", BodySide.Right)]
    [InlineData("It's worse on the right at the front of my hip.", BodySide.Right)] // "the right": a side
    [InlineData("Pain down my right leg.", BodySide.Right)]
    public void Right_as_an_intensifier_is_no_side(string text, BodySide? expected) =>
        Assert.Equal(expected, Side(text));

    [Theory]
    [InlineData("The ache is on the left side of my back, low down.", null)] // the side of the back alone
    [InlineData("Severe pain in my right side, round towards my ribs.", null)] // the flank
    [InlineData("I've had left sided lower back pain for a month.", null)]
    [InlineData("The pain in my back is mostly on the right.", null)]
    [InlineData("Pain in my left side that goes down into my groin.", BodySide.Left)] // the groin's side too
    [InlineData("Right sided low back pain going into my right buttock.", BodySide.Right)]
    [InlineData("I've got left sided sciatica.", BodySide.Left)]
    [InlineData("It is on the right.", BodySide.Right)] // no place named: kept
    public void The_side_of_the_trunk_alone_is_not_the_side_of_the_pain(string text, BodySide? expected) =>
        Assert.Equal(expected, Side(text));

    [Theory]
    [InlineData("My back hurts but nothing goes down either leg.", null)]
    [InlineData("My back aches and it doesn't go into either leg.", null)]
    [InlineData("It goes down either leg on different days.", BodySide.Both)]
    public void A_denied_side_is_no_side(string text, BodySide? expected) =>
        Assert.Equal(expected, Side(text));

    [Fact]
    public void A_side_named_as_both_stays_both_after_one_side() =>
        Assert.Equal(BodySide.Both, Side("I hurt my right hip and since then I've had groin pain on both sides."));
}
