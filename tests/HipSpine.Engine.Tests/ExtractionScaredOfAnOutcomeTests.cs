namespace HipSpine.Engine.Tests;

/// <summary>
/// A fear of what the pain means or where it leads is a worry (<c>psych.worry_catastrophizing</c>) when the feared outcome
/// follows the fear word at once; a bare fear, a fear of a thing, of moving or of a fall, a past fear and someone else's
/// fear are not read so, and the illness feared stays a hypothetical. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionScaredOfAnOutcomeTests
{
    private static object? Worry(string text) => ExtractedValue.Of(text, "psych.worry_catastrophizing");

    [Theory]
    [InlineData("My hip has ached for a month now and I'm scared it's never going to settle.")]
    [InlineData("The back pain keeps me up at night, honestly terrified I'm going to lose my job over it.")]
    [InlineData("Sore lower back since spring. I'm frightened I won't be able to pick up my grandkids again.")]
    [InlineData("Pain in my groin when I walk and I'm petrified that this is arthritis like my mum had.")]
    public void A_fear_of_an_outcome_is_a_worry(string text) =>
        Assert.Equal(true, Worry(text));

    [Theory]
    [InlineData("My back hurts when I bend and I'm so scared.")] // bare
    [InlineData("They want to operate on my hip and I'm scared of the anaesthetic.")] // of a thing
    [InlineData("My lower back aches and I'm frightened to bend down now.")] // of moving
    [InlineData("Years ago I hurt my back and was scared it was serious, but it healed.")] // past
    [InlineData("My hip aches and my husband is scared it's broken.")] // someone else
    public void A_bare_past_or_someone_elses_fear_is_not(string text) =>
        Assert.Null(Worry(text));

    [Fact]
    public void The_feared_illness_stays_a_hypothetical()
    {
        const string text = "My lower back has hurt for weeks and I'm terrified it's cancer.";
        Assert.Equal(true, Worry(text));
        Assert.Null(ExtractedValue.Of(text, "hx.cancer"));
    }
}
