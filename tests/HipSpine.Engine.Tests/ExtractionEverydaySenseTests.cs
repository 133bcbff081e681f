namespace HipSpine.Engine.Tests;

/// <summary>
/// The twelfth round's words of how the pain behaves used in an everyday sense (`EverydaySenses`, and the condition of
/// another symptom in `ActivityConditions`): each has sentences that must not give the finding and look-alikes that still
/// must. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionEverydaySenseTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("My back aches. The physio gave me some exercises that help a bit.", null)] // a programme of care
    [InlineData("My hip hurts and the home exercises helped for a while.", null)]
    [InlineData("My back aches but exercise helps.", true)]
    [InlineData("My low back pain gets better when I exercise.", true)]
    public void Exercises_given_as_care_are_not_pain_eased_by_exercise(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.better_with_exercise"));

    [Theory]
    [InlineData("My back is stiff every morning and it takes an hour to loosen up.", null)] // stiffness passing with time
    [InlineData("I'm stiff when I get up but it loosens up once I get moving.", true)]
    [InlineData("My back aches and it loosens up with activity.", true)]
    public void Loosening_up_is_eased_by_movement_only_when_movement_is_named(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.better_with_exercise"));

    [Theory]
    [InlineData("Three nights ago I pulled my back at the gym.", null)] // a date
    [InlineData("My back hurts. I wake up and I'm tired all day anyway.", null)] // the person wakes; no pain wakes them
    [InlineData("My hip aches. I never kept up the stretches the physio showed me.", null)] // to keep doing
    [InlineData("My hip pain wakes me up most nights.", true)]
    [InlineData("The ache in my back kept me up last week.", true)]
    [InlineData("My back is worse at night.", true)]
    public void Night_words_in_another_sense_are_not_night_pain(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.night"));

    [Theory]
    [InlineData("I'm an accountant so I sit at a desk all day. My hip has been hurting for a month.", null)] // what the person does
    [InlineData("My hip hurts when I'm sitting at a desk.", true)]
    [InlineData("My back aches and sitting at my desk is a nightmare.", true)]
    public void An_activity_told_without_a_complaint_is_not_an_aggravation(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.worse_sitting"));

    [Theory]
    [InlineData("I stood up out of my chair at the office and felt my back go.", null)] // how it began
    [InlineData("Got up out of a chair and a pain shot down my leg.", null)]
    [InlineData("My hip hurts when I get out of a chair.", true)]
    [InlineData("My back hurts and I struggle getting up from a chair.", true)]
    public void Rising_told_as_the_moment_it_began_is_not_an_aggravation(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.worse_stairs_or_rising"));

    [Theory]
    [InlineData("My back aches and my foot slaps down, the toes catch when I walk.", null)] // foot drop: when the toes catch
    [InlineData("I have back pain. My legs give way after walking a bit.", null)]
    [InlineData("Both legs hurt and feel heavy when I walk.", true)] // a word of pain in its statement
    [InlineData("My buttock aches when I walk.", true)]
    public void A_condition_of_another_symptom_is_not_pain_worse_walking(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.worse_walking"));

    [Theory]
    [InlineData("I was helping a coworker move desks and my back went.", null)] // help given to a person
    [InlineData("My back is sore but moving helps.", true)]
    public void Helping_a_person_at_work_is_not_relief(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.better_with_exercise"));

    [Theory]
    [InlineData("My back hurts so much I struggle getting dressed in the morning.", null)] // the whole body, not the feet
    [InlineData("My hip hurts so much I can't put my socks on.", true)]
    public void Getting_dressed_is_not_shoes_and_socks(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.difficulty_shoes_socks"));

    [Theory]
    [InlineData("My hip is so bad I can't walk without my stick.", null)] // aided walking: hard, not impossible
    [InlineData("My back hurts and I can't walk with my kids to school any more.", null)]
    [InlineData("Since the fall my hip hurts and I can't walk.", true)]
    [InlineData("My groin is agony, I can't walk at all.", true)]
    public void Walking_that_is_aided_or_done_with_someone_is_not_an_inability(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "func.cannot_bear_weight"));

    [Theory]
    [InlineData("My back is so bad that some days I can hardly move.", true)] // getting about
    [InlineData("My hip hurts and I can barely move about the house.", true)]
    [InlineData("My back aches and my legs are so weak I can barely move them.", null)] // moving a limb: weakness
    public void Hardly_able_to_move_is_difficulty_getting_about(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "func.difficulty_walking_standing"));

    [Theory]
    [InlineData("Since the fall my hip is agony and I can only just walk on it.", null)] // barely, not how far
    [InlineData("My calves ache and I can only walk a hundred yards.", true)]
    public void Only_just_is_barely_not_a_distance(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "func.walking_distance_reduced"));

    [Theory]
    [InlineData("My back aches; resting and avoiding sudden movement helps.", null)] // relief in not moving
    [InlineData("My back aches but gentle movement helps.", true)]
    public void Relief_by_avoiding_an_activity_is_not_relief_by_it(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.better_with_exercise"));

    [Theory]
    [InlineData("Last spring I hurt it lifting boxes at work and it has ached since.", null)] // how it began
    [InlineData("My back hurts when I lift anything.", true)]
    public void An_injury_told_with_it_is_not_an_aggravation(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "pain.worse_bending_lifting"));
}
