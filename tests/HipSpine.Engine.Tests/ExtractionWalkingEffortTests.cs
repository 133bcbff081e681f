namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-third round's recall kind for <c>func.difficulty_walking_standing</c>: getting about told as a struggle or an
/// effort with a place or a list between ("walking down to the post box is a struggle", "getting up and about is an
/// effort"), "the effort of walking", a shuffle told as a way of moving and walking with little steps. Not denied, past or
/// someone else's, and not a walk beside another statement, a race called a shuffle, cards shuffled or the stairs. The
/// sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWalkingEffortTests
{
    private static object? Value(string text) => ExtractedValue.Of(text, "func.difficulty_walking_standing");

    [Theory]
    [InlineData("My hip has hurt for a month. Walking down to the post box was a struggle this morning.")]
    [InlineData("My lower back aches all day and even walking round the garden is a chore now.")]
    [InlineData("The pain in my hip is bad, and getting up and about is a real effort.")]
    [InlineData("My back has been sore since Friday and getting to the bathroom is a struggle.")]
    [InlineData("My hip aches. Walking and just getting through the week has become a massive struggle.")]
    [InlineData("My back aches and by teatime I'm worn out from the effort of walking.")]
    public void Getting_about_told_as_a_struggle_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My back went on Monday. I shuffled to the kitchen holding the worktop.")]
    [InlineData("My hip is so sore it took me ten minutes to shuffle a few yards to the car.")]
    [InlineData("My back aches and I'm doing an old man shuffle round the house.")]
    [InlineData("My hip hurts and I can only walk with tiny steps.")]
    public void A_shuffle_or_little_steps_reads(string text) => Assert.Equal(true, Value(text));

    [Theory]
    [InlineData("My hip aches at night but walking to the shop is no struggle at all.")]
    [InlineData("My back aches. Walking round town isn't an effort, only sitting is.")]
    [InlineData("My back aches. I never shuffle around, I walk normally.")]
    public void Denied_effort_is_not_read(string text) => Assert.NotEqual(true, Value(text));

    [Theory]
    [InlineData("My back aches. My mum says walking round the shops is a struggle for her these days.")]
    [InlineData("My hip hurts. My grandad shuffles to the door with his frame.")]
    [InlineData("My hip is sore. Years ago walking up to the school was a struggle after my operation.")]
    public void Someone_elses_or_a_past_effort_is_not_read(string text) => Assert.NotEqual(true, Value(text));

    [Theory]
    [InlineData("I was walking the dog and the pain in my back was hard to bear.")]
    [InlineData("My back hurts since I ran the turkey shuffle 5k on Thursday.")]
    [InlineData("My hip aches when I sit, I shuffled the cards for the kids and it twinged.")]
    [InlineData("My back is sore and the stairs are a real struggle.")]
    [InlineData("My back hurts and the new job is a struggle, the effort of commuting wears me out.")]
    public void Other_struggles_and_shuffles_are_not_read(string text) => Assert.NotEqual(true, Value(text));
}
