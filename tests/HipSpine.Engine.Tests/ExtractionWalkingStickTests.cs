namespace HipSpine.Engine.Tests;

/// <summary>
/// The forty-ninth round's recall kind for <c>func.difficulty_walking_standing</c>: a walking stick in use ("been using a
/// walking stick", "I've started using a stick", "the walking stick is out again"). Not "stick" in another sense, nor
/// someone else's stick. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWalkingStickTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My hip has ached since spring and I've been using a walking stick to get to the shops.")]
    [InlineData("My hip aches all day. I'm using a stick around the village now.")]
    [InlineData("My hip is bad again, the walking stick is out of the cupboard.")]
    public void A_walking_stick_in_use_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back aches after gardening. My grandad walked with a stick.")]
    [InlineData("My back hurts since I threw a stick for the dog all afternoon.")]
    public void Other_sticks_do_not_read(string text) => Assert.NotEqual(true, Value(text));
}
