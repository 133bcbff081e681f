namespace HipSpine.Engine.Tests;

/// <summary>
/// The sixty-ninth round: being attacked ("I was attacked", a sense check, <c>AttackedAsAVerb</c>) is an assault, not pain that comes in attacks
/// (<c>episode.recurrent</c>); by lexicon ignore phrases, a body that "crashed down" or "crashed onto" the floor fell, and is no crash of a vehicle
/// (<c>hx.major_trauma</c>); a hip that "hurts something terrible" tells how much it hurts, not a fear
/// (<c>psych.worry_catastrophizing</c>). The noun senses are read as before. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionVerbSensesOfAttackAndCrashTests
{
    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    private static object? MajorTrauma(string text) => ExtractedValue.Of(text, "hx.major_trauma");

    private static object? Worry(string text) => ExtractedValue.Of(text, "psych.worry_catastrophizing");

    [Theory]
    [InlineData("Years ago I was attacked in the street and broke my wrist. Now my lower back aches.")]
    [InlineData("A dog attacked me on my walk last month and my hip has hurt since.")]
    public void Being_attacked_is_no_recurrence(string text) => Assert.Null(Recurrent(text));

    [Theory]
    [InlineData("My lower back pain comes in attacks every few weeks.")]
    [InlineData("I get sciatica attacks in my right leg.")]
    public void Pain_in_attacks_is_still_a_recurrence(string text) => Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("I tripped on the rug and crashed down on my right hip.")]
    [InlineData("My foot slid and I crashed onto the kitchen floor.")]
    public void A_body_that_crashed_down_is_no_major_trauma(string text) => Assert.Null(MajorTrauma(text));

    [Theory]
    [InlineData("I was in a car crash last year and my lower back has hurt ever since.")]
    [InlineData("I had a bad crash on my motorbike and my hip hurts.")]
    public void A_crash_is_still_major_trauma(string text) => Assert.Equal(true, MajorTrauma(text));

    [Theory]
    [InlineData("I fell on the steps and my hip hurts something terrible.")]
    [InlineData("My lower back has been hurting something terrible since Monday.")]
    public void Hurting_something_terrible_is_no_worry(string text) => Assert.Null(Worry(text));

    [Fact]
    public void A_fear_of_something_terrible_is_still_a_worry() =>
        Assert.Equal(true, Worry("My hip pain keeps me up and I think it might be something terrible."));
}
