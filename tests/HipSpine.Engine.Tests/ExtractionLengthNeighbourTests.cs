namespace HipSpine.Engine.Tests;

/// <summary>
/// The twentieth round: the episode's length when the words round it belong to another statement (across a full stop or
/// a comma), when a month counted from today meets the person's own count, and a length rounded up ("getting on for");
/// a phrase that reads only a denial ("pain down my leg") leaves its words to a body site when it is affirmed.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLengthNeighbourTests
{
    private const string Length = "episode.duration_days";

    [Theory]
    [InlineData("My shoulder has been done twice. Yesterday my hip started aching.", 1)] // "twice" ends the sentence before
    [InlineData("I've had physio more than once. Yesterday my back went into spasm.", 1)]
    [InlineData("Started this evening, a sharp pain in my lower back.", 0)] // "a" opens the next statement
    [InlineData("It came on this morning, a dull ache across my hip.", 0)]
    public void A_word_across_a_full_stop_or_comma_is_no_neighbour_of_a_length(string text, int days) =>
        Assert.Equal(days, ExtractedValue.Of(text, Length));

    [Theory]
    [InlineData("I walk 3 times a week and my hip aches after.")] // "a week" after "times" is a rate
    [InlineData("My hip aches most days, twice a day I take ibuprofen.")]
    public void A_rate_in_one_statement_is_still_no_length(string text) =>
        Assert.Null(ExtractedValue.Of(text, Length));

    [Theory]
    [InlineData("My back has ached since June. About 2 months of this now.", 60)]
    [InlineData("My hip has hurt since August, so getting on for 3 months.", 90)]
    public void A_length_told_outright_wins_over_a_month_counted_from_today(string text, int days) =>
        Assert.Equal(days, ExtractedValue.Of(text, Length));

    [Theory]
    [InlineData("My back has ached since June, and it got worse over the last 2 weeks.")] // a change, not the length
    [InlineData("My back has ached since June. I fell 3 weeks ago in the garden.")] // a date of an event
    public void A_month_counted_from_today_stays_against_a_change_or_a_date(string text) =>
        Assert.NotEqual(14, ExtractedValue.Of(text, Length));

    [Fact]
    public void Getting_on_for_rounds_a_length_up() =>
        Assert.Equal(120, ExtractedValue.Of("The pain in my buttock, getting on for 4 months.", Length));

    [Theory]
    [InlineData("My back is bad and there's pain down both legs.", "where.both_legs")]
    [InlineData("Sharp pain goes down both my legs when I stand.", "where.both_legs")]
    [InlineData("Burning pain down the front of my thigh.", "where.front_thigh")]
    public void An_affirmed_pain_down_the_leg_leaves_its_words_to_the_site(string text, string site) =>
        Assert.Equal(true, ExtractedValue.Of(text, site));

    [Theory]
    [InlineData("No pain down my legs.")]
    [InlineData("There's no pain going down both legs.")]
    [InlineData("My hip hurts but it doesn't go down my leg.")]
    public void A_denied_pain_down_the_leg_still_denies_the_leg(string text) =>
        Assert.Equal(false, ExtractedValue.Of(text, "where.below_knee"));

    [Theory]
    [InlineData("My hip has been sore for a month and walking is becoming unbearable.", "pain.worse_walking")]
    [InlineData("With this back, sitting is excruciating after half an hour.", "pain.worse_sitting")]
    [InlineData("My lower back aches and standing is unbearable in the queue.", "pain.worse_standing")]
    public void An_activity_called_unbearable_makes_it_worse(string text, string code) =>
        Assert.Equal(true, ExtractedValue.Of(text, code));
}
