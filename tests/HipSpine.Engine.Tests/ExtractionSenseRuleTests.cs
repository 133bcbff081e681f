namespace HipSpine.Engine.Tests;

/// <summary>
/// The fourth round's language rules, one case each way: each kind of false reading (a change read as a going-away, a
/// question read as a report, a course read as an onset, a score under a condition read as the pain now, care that
/// was never told of, a date that belongs to something else, saddle numbness read as the leg's, a diagnosis merely
/// named) with a sentence that must be read and a look-alike that must not. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionSenseRuleTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("I have dropped a lot of weight and gone off my dinners.", "systemic.weight_loss", true)] // "gone off" something: a change
    [InlineData("My hip has gone really painful.", "where.hip", true)]
    [InlineData("The weight loss has gone away.", "systemic.weight_loss", false)] // a going-away still denies
    [InlineData("The pain in my hip has gone completely.", "where.hip", false)]
    [InlineData("The pain in my hip has gone.", "where.hip", false)]
    public void Gone_followed_by_a_state_is_a_change_not_a_resolution(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("Could the numbness mean a trapped nerve? My hip aches.", "where.hip", true)]
    [InlineData("Is the tingling serious?", "neuro.leg_numbness_tingling", null)] // a question asks, it does not report
    [InlineData("My legs tingle.", "neuro.leg_numbness_tingling", true)]
    [InlineData("How anxious should I feel?", "psych.worry_catastrophizing", null)]
    [InlineData("My brother reckons it's an infection.", "hx.recent_infection", null)] // someone's guess
    [InlineData("My partner thinks I've got diabetes.", "hx.diabetes", null)]
    [InlineData("I do not want to end up having a hip replacement.", "hx.hip_replacement", null)] // a wish, not a denial
    [InlineData("The surgeon wants to talk about a hip replacement.", "hx.hip_replacement", null)]
    public void Questions_guesses_and_wishes_are_not_findings(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My groin pain is slowly getting worse.", "episode.onset", null)] // the course, not the onset
    [InlineData("Last week the ache suddenly got a lot worse.", "episode.onset", null)]
    [InlineData("My back has gradually become stiffer.", "episode.onset", null)]
    [InlineData("The pain came on gradually and is slowly getting worse.", "episode.onset", "gradual")] // a beginning said outright
    [InlineData("It came on all of a sudden and got worse over the day.", "episode.onset", "sudden")]
    [InlineData("The pain in my hip began slowly.", "episode.onset", "gradual")]
    public void An_onset_word_that_qualifies_a_change_of_degree_is_the_course(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My back pain is 3/10 when I sit and 8/10 when I stand.", "pain.severity_now", null)] // the pain in two situations
    [InlineData("My back pain is 3/10 when I sit and 8/10 when I stand.", "pain.severity_worst", 8)]
    [InlineData("It's 9/10 when I bend.", "pain.severity_worst", 9)]
    [InlineData("It's 9/10 when I bend.", "pain.severity_now", null)]
    [InlineData("It's 4/10 in the day and up to 7/10 at night.", "pain.severity_now", null)]
    [InlineData("My hip pain is 6/10 right now.", "pain.severity_now", 6)]
    [InlineData("The pain is 6/10 in my hip.", "pain.severity_now", 6)] // a place, not a condition
    public void A_score_under_a_condition_is_not_the_pain_now(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My hip pain is not getting better.", "episode.not_improving_with_care", null)] // no care told of
    [InlineData("I've had six sessions of physio. My hip pain is not getting better.", "episode.not_improving_with_care", true)]
    [InlineData("Painkillers have not helped my back.", "episode.not_improving_with_care", true)]
    public void Not_improving_with_care_needs_care(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I had lymphoma 8 yrs ago, was given the all clear last year. My back hurts.", "episode.duration_days", null)] // the illness's dates
    [InlineData("About 3 months ago my back started hurting. For the last 2 weeks I've had no appetite.", "episode.duration_days", 90)] // another complaint
    [InlineData("About 3 months ago I had a fall. My back has ached since the fall.", "episode.duration_days", 90)] // "the fall" points back
    [InlineData("My back has ached since the fall.", "episode.duration_days", 48)] // the autumn (the middle of the last one)
    public void A_date_belongs_to_what_its_statement_tells_of(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My back hurts and I have pins and needles around my bottom.", "neuro.saddle_numbness", true)]
    [InlineData("My back hurts and I have pins and needles around my bottom.", "neuro.leg_numbness_tingling", null)]
    [InlineData("My back hurts and I have pins and needles around my bottom.", "where.buttock", null)] // where it is numb, not where it hurts
    [InlineData("I have pins and needles in my bottom and my left foot.", "neuro.leg_numbness_tingling", true)] // a leg part as well
    [InlineData("I have pain in my bottom and pins and needles in my calf.", "where.buttock", true)]
    public void Numbness_round_the_saddle_area_is_saddle_numbness(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My back hurts. Do you think I've slipped a disc?", "hx.fall_or_minor_injury", null)]
    [InlineData("My back hurts since a slipped disc in my twenties.", "hx.fall_or_minor_injury", null)] // a diagnosis, not a slip
    [InlineData("I slipped on the stairs and my back hurts.", "hx.fall_or_minor_injury", true)]
    [InlineData("I was knocked out in a rugby tackle and my back hurts.", "hx.fall_or_minor_injury", null)] // unconscious, not a knock
    [InlineData("I take aspirin for headaches.", "hx.anticoagulants", null)] // a painkiller, not a blood thinner
    [InlineData("I take low dose aspirin every morning.", "hx.anticoagulants", true)]
    [InlineData("I haven't had a urine infection.", "visceral.urine_symptoms", null)] // a diagnosis denied, not every symptom
    [InlineData("I have a urine infection.", "visceral.urine_symptoms", true)]
    [InlineData("It hurts to lean forward to put my shoes on.", "pain.eased_sitting_or_bending_forward", null)]
    [InlineData("Leaning forward makes it better.", "pain.eased_sitting_or_bending_forward", true)]
    public void A_named_diagnosis_or_a_medicine_means_only_what_it_says(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("Naproxen helps a little.", "hx.nsaid_good_response", null)] // a partial relief is not a good response
    [InlineData("Naproxen helps a lot.", "hx.nsaid_good_response", true)]
    [InlineData("I have pain in my hip on both sides.", "where.flank", null)] // a laterality, not the flank
    [InlineData("I have a stabbing pain in my side.", "where.flank", true)]
    [InlineData("My back went two years ago but it settled with rest. Now my hip hurts.", "episode.duration_days", null)] // an earlier episode, across "but"
    public void Partial_relief_laterality_and_earlier_episodes(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("Last week I was bending over to tie a shoelace when my back went.", "pain.worse_bending_lifting", null)] // what I was doing when it began
    [InlineData("Bending over to tie a shoelace makes my back worse.", "pain.worse_bending_lifting", true)]
    public void The_activity_when_the_pain_began_is_not_an_aggravating_factor(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My legs are numb from my groin down.", "where.groin", null)] // the boundary of a region
    [InlineData("I have pain in my groin.", "where.groin", true)]
    [InlineData("Shooting pain from my groin down the front of my thigh.", "where.groin", true)] // a path starts where it hurts
    [InlineData("I have a shooting pain down my right side into my leg.", "where.flank", null)] // down the body, not the flank
    [InlineData("Lifting makes it worse.", "episode.worsening", null)] // what an aggravating factor does
    [InlineData("It's worse when I first get up.", "episode.worsening", null)]
    [InlineData("Over the last month my hip has got worse.", "episode.worsening", true)]
    [InlineData("My back is stiff for over an hour in the morning.", "stiffness.morning_minutes", 61)] // "more than" is a minute above
    [InlineData("I've had back pain for more than 2 years.", "episode.duration_days", 731)]
    public void Boundaries_aggravation_and_just_above(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My back aches and I have waterworks trouble, burning when I pee.", "neuro.bladder_change", null)] // an infection's symptoms
    [InlineData("My back aches and I have waterworks trouble, burning when I pee.", "visceral.urine_symptoms", true)]
    [InlineData("My back aches and I have waterworks trouble.", "neuro.bladder_change", true)]
    [InlineData("My back aches since a foot ulcer.", "hx.stomach_ulcer_or_bleed", null)] // a skin ulcer
    [InlineData("I had a stomach ulcer.", "hx.stomach_ulcer_or_bleed", true)]
    [InlineData("I haven't been sick with a cold.", "systemic.nausea_vomiting", null)] // ill, not vomiting
    [InlineData("I have been feeling sick.", "systemic.nausea_vomiting", true)]
    public void An_organ_or_an_ulcer_named_beside_another_illness(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I've had three bouts of gout and now my hip hurts.", "episode.recurrent", null)] // episodes of another illness
    [InlineData("My hip pain comes in bouts lasting a few minutes.", "episode.recurrent", null)] // waves within one pain
    [InlineData("I've had three bouts of back pain before.", "episode.recurrent", true)]
    [InlineData("My back hurts and I get bouts.", "episode.recurrent", true)]
    [InlineData("My back aches; I think it's a UTI, I can't empty my bladder and it burns when I pee.", "neuro.bladder_change", null)] // the infection's
    [InlineData("My back aches and I can't empty my bladder.", "neuro.bladder_change", true)]
    public void Episodes_and_bladder_complaints_of_another_illness(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));
}
