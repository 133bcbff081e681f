using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The eleventh round's kinds of false side (`SideOfPain`): pain.side is the side of hip, buttock, groin or leg pain, so
/// "right" as an intensifier and a side denied are not it; the side of the back or the flank is read only when no side of the
/// hip or leg is (round 72). Each kind has a
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
    [InlineData("Pain in my left side that goes down into my groin.", BodySide.Left)] // the groin's side too
    [InlineData("Right sided low back pain going into my right buttock.", BodySide.Right)]
    [InlineData("I've got left sided sciatica.", BodySide.Left)]
    [InlineData("It is on the right.", BodySide.Right)] // no place named: kept
    [InlineData("My back aches on the left side. My right hip hurts when I walk.", BodySide.Right)] // the hip's side first
    public void A_side_of_the_hip_or_leg_comes_before_the_side_of_the_trunk(string text, BodySide? expected) =>
        Assert.Equal(expected, Side(text));

    /// <summary>
    /// Round 72 (`TrunkSide`): the story format's rules from batch 72 on annotate the painful side whenever it is told, and
    /// batches 72-73 annotate the back's and the flank's side, so a side of the trunk is the side of the pain when no side of
    /// the hip or leg is told. Read before the round as no side.
    /// </summary>
    [Theory]
    [InlineData("The ache is on the left side of my back, low down.", BodySide.Left)]
    [InlineData("Severe pain in my right side, round towards my ribs.", BodySide.Right)]
    [InlineData("I've had left sided lower back pain for a month.", BodySide.Left)]
    [InlineData("The pain in my back is mostly on the right.", BodySide.Right)]
    public void The_side_of_the_trunk_is_the_side_of_the_pain(string text, BodySide? expected) =>
        Assert.Equal(expected, Side(text));

    [Theory]
    [InlineData("My back hurts most when I lie on my left side.")] // a side lain on
    [InlineData("I slipped and landed on my right side, and now my back aches.")] // the place of a blow
    [InlineData("My husband has a pain in his right side and my back aches.")] // someone else's side
    [InlineData("My back hurts and the left side effects column of the leaflet is long.")] // "side effects"
    [InlineData("There's a sharp pain on the right side of my chest when I cough.")] // the chest's side
    [InlineData("A cramping pain low down on the left side of my tummy.")] // the belly's side alone
    [InlineData("I got back into bed with a pain in my stomach on the left side.")] // "got back": no back named
    [InlineData("My back is sore. My left side isn't painful but feels tight.")] // denied just after the side
    [InlineData("My back is sore and my right side has started going numb.")] // numb, not a pain
    [InlineData("I moved to the left side of the room and my back ached.")] // a side moved to
    public void A_trunk_side_that_is_not_where_it_hurts_is_no_side(string text) =>
        Assert.Null(Side(text));

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
