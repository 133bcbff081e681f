namespace HipSpine.Engine.Tests;

/// <summary>
/// The seventy-fourth round's lay words for a leg or foot that does not obey, read as a leg weakness
/// (<c>neuro.leg_weakness</c>): the person cannot move their own leg or foot, or their legs do not work
/// (<c>LegThatDoesNotObey</c>); and a foot drop, which is a foot weakness (<c>FootDropIsWeakness</c>). Near misses - pain
/// or stiffness as the reason, a hip that cannot be moved, a denial, someone else's legs, a past episode, lifting or dragging
/// a leg, a leg that "won't move" after a fall - stay unread. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLegThatDoesNotObeyTests
{
    private static object? Weakness(string text) => ExtractedValue.Of(text, "neuro.leg_weakness");

    [Theory]
    [InlineData("My lower back is aching and I can't move my right leg.")]
    [InlineData("I woke up with back pain and couldn't move my legs at all.")]
    [InlineData("My back hurts and I am unable to move my left foot.")]
    [InlineData("There is a deep ache in my left leg and I cannot move it.")]
    [InlineData("My back is sore and my legs just don't work.")]
    [InlineData("Since the weekend my right leg has stopped working and my back aches.")]
    [InlineData("My back aches, and both my feet don't work properly.")]
    public void A_leg_that_does_not_obey_is_a_weakness(string text) => Assert.Equal(true, Weakness(text));

    [Theory]
    [InlineData("I couldn't move my leg for the pain in my back.")] // pain is the reason
    [InlineData("My back hurt so much I couldn't move my legs.")] // pain is the reason
    [InlineData("I can't move my leg without awful pain in my hip.")] // pain is the reason
    [InlineData("My hip is stiff and I can't move my leg out to the side.")] // a stiff joint
    [InlineData("My hip aches and I can't move it like I used to.")] // the hip, not the leg
    [InlineData("My back hurts. My husband can't move his legs.")] // someone else's
    [InlineData("Years ago my legs stopped working for a week after a disc op. Now my back aches.")] // a past episode
    [InlineData("My hip hurts and I can't lift my leg into the car.")] // lifting: a painful hip more often
    [InlineData("My hip hurts and I'm dragging my leg around.")] // dragging: a limp from pain more often
    [InlineData("I fell on my hip and the leg won't move.")] // the leg as the subject: a fracture, not a weakness
    [InlineData("My back hurts but my legs work fine.")] // working legs
    public void Near_misses_stay_unread(string text) => Assert.Null(Weakness(text));

    [Theory]
    [InlineData("My back aches and my left foot drags when I walk.")]
    [InlineData("Lower back pain, and my right foot slaps down on the floor.")]
    public void A_foot_drop_is_a_weakness_too(string text)
    {
        Assert.Equal(true, ExtractedValue.Of(text, "neuro.foot_drop"));
        Assert.Equal(true, Weakness(text));
    }

    [Fact]
    public void A_foot_drop_without_a_foot_named_is_no_weakness() =>
        Assert.Null(Weakness("My back aches and I slapped a mosquito on the porch."));

    [Fact]
    public void A_denied_weakness_stands_beside_a_foot_drop() =>
        Assert.Equal(false, Weakness("My right foot drags when I walk but there is no weakness in my legs."));
}
