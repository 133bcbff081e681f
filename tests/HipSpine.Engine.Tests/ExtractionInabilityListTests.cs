namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifteenth round: an inability said once over a list of activities ("couldn't sit, stand or walk"), and
/// walking said first and then called hard ("walking has become a struggle"), are difficulty walking or standing.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionInabilityListTests
{
    [Theory]
    [InlineData("By the evening I couldn't sit, stand or walk without my back screaming.", true)]
    [InlineData("My lower back is so bad I can barely stand, let alone walk.", true)]
    [InlineData("I cant stand or walk for more than ten minutes because of my hip.", true)]
    [InlineData("Some days I find it hard to stand up for long or walk properly with this back.", true)]
    [InlineData("My hip aches and I struggle to stand up, sit down or get in the car.", true)]
    public void An_inability_over_a_list_with_standing_or_walking_reads(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, "func.difficulty_walking_standing"));

    [Theory]
    [InlineData("I can't sit or bend without my back hurting.")] // no standing or walking in the list
    [InlineData("I can't stand this back pain, and walking makes it worse.")] // "stand" in another sense, one activity
    [InlineData("It isn't hard to stand or walk, only sitting hurts my back.")] // denied (the lexicon's "hard to stand" reads false)
    [InlineData("My back hurts but I can sit, stand and walk as usual.")] // no inability
    public void Other_lists_do_not_read_as_present(string text) =>
        Assert.NotEqual(true, ExtractedValue.Of(text, "func.difficulty_walking_standing"));

    [Fact]
    public void An_inability_at_all_is_not_bearing_weight_rather_than_difficulty()
    {
        const string text = "Since the fall I can't stand up or walk at all.";
        Assert.Null(ExtractedValue.Of(text, "func.difficulty_walking_standing"));
    }

    [Theory]
    [InlineData("Since the winter walking has become a real struggle with this hip.", true)]
    [InlineData("Walking is becoming unbearable and my back aches all day.", true)]
    [InlineData("With my back like this, walking, standing and even sitting are almost impossible.", true)]
    [InlineData("Walking has got gradually harder since my hip started.", true)]
    public void Walking_called_hard_reads(string text, object? expected) =>
        Assert.Equal(expected, ExtractedValue.Of(text, "func.difficulty_walking_standing"));

    [Theory]
    [InlineData("Walking the dog is the best part of my day, and my back only aches at night.")]
    [InlineData("My hip hurts at night but walking isn't hard at all.")] // denied
    public void Walking_not_called_hard_does_not_read(string text) =>
        Assert.NotEqual(true, ExtractedValue.Of(text, "func.difficulty_walking_standing"));
}
