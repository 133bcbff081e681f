namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-first round's recall kind for <c>episode.worsening</c>: the pain told to have grown ("the pain kept
/// escalating", "then the pain got really intense"). The pain must be named before the change, in written order: "I got
/// really intense pain" tells the pain, not its course, and arguments or stress can escalate. A denial, a past pain
/// ("used to") and someone else's pain are left unread. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPainEscalatingTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "episode.worsening");

    [Theory]
    [InlineData("The pain in my back kept escalating over the weekend.")]
    [InlineData("On Friday the pain got really intense in my hip.")]
    public void The_pain_growing_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My low back pain has not been escalating, it is steady.")]
    [InlineData("My husband says his hip pain kept escalating.")]
    [InlineData("I used to have back pain that kept escalating when I was rowing.")]
    [InlineData("The arguments at home kept escalating and my back aches.")]
    [InlineData("I got really intense pain in my back when I lifted the box.")]
    public void Denied_past_someone_elses_or_not_the_course_do_not_read(string text) => Assert.Null(Value(text));

    // Round 52: the pain told to escalate with a place between it and the change (PainEscalating).
    [Theory]
    [InlineData("The ache deep in my right hip has kept escalating this month.")]
    [InlineData("The pain low in my back escalated over the last ten days.")]
    public void The_pain_escalating_with_a_place_between_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("The pain low in my back has not been escalating, it stays the same.")]
    [InlineData("My sister says the pain in her hip keeps escalating.")]
    [InlineData("My back aches a little, and the pressure at work escalated last month.")]
    public void A_denied_escalation_someone_elses_or_another_subject_does_not_read(string text) => Assert.Null(Value(text));
}
