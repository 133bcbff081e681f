using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-fourth round: "both" in a statement that tells only of numbness, weakness or tingling ("both my legs have gone
/// numb", "both feet feel weak") is where the nerves fail, not the side of the pain. Still read: "both" beside a word of pain,
/// a pain's side told elsewhere in the story, and one numb leg's side. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionBothNumbSideTests
{
    private static BodySide? Side(string text) => ExtractedValue.Extractor.Extract(text, ExtractedValue.Today).Side?.Side;

    [Theory]
    [InlineData("My lower back has ached for a week. Now both my legs have gone numb.")]
    [InlineData("Back pain since Monday. Both feet feel weak and tingly this morning.")]
    [InlineData("Since the weekend both his legs are numb and he can't pee.")]
    public void Both_legs_only_numb_or_weak_is_no_side(string text) => Assert.Null(Side(text));

    [Theory]
    [InlineData("My back aches and both my legs hurt when I walk.", BodySide.Both)] // pain
    [InlineData("Pain in both buttocks, and both legs tingle too.", BodySide.Both)] // pain's side told elsewhere
    [InlineData("My right hip hurts. Both my feet have gone numb.", BodySide.Right)] // the pain's own side
    [InlineData("My back aches and my right leg has gone numb.", BodySide.Right)] // one numb leg
    public void Others_keep_their_side(string text, BodySide expected) => Assert.Equal(expected, Side(text));
}
