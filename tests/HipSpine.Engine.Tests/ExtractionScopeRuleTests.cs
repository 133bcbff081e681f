namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifth round's language rules, each kind of false reading with a sentence that must not be read and a look-alike
/// that must: denying one part of a two-part finding, a double negative ("can't ... without"), a place where only
/// numbness, weakness or swelling is, the side of a place read as the flank, a short course of steroids, getting up at
/// night to pass urine, the length of another complaint, "over the years", a worsening of tiredness, a place denied
/// without a symptom, names that are not findings, and a story typed for someone else. The sentences are not from the
/// corpus.
/// </summary>
public sealed class ExtractionScopeRuleTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("I didn't fall, but I twisted my knee stepping off a kerb and my hip hurts.", "hx.fall_or_minor_injury", null)] // one part denied
    [InlineData("I tripped over the dog last week and my hip hurts.", "hx.fall_or_minor_injury", true)]
    [InlineData("I didn't fall or get hurt, the hip just started aching.", "hx.fall_or_minor_injury", false)] // both parts denied
    [InlineData("No numbness in my hands and no headaches. My back aches.", "neuro.other_new_symptoms", null)]
    [InlineData("My hands have gone numb and my back aches.", "neuro.other_new_symptoms", true)]
    public void Denying_one_part_of_a_two_part_finding_does_not_deny_it(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I can't walk more than a few hundred yards without stopping, my leg pain is awful.", "where.back_of_thigh", null)]
    [InlineData("I can't stand for long without pain in my hip.", "where.hip", true)] // "can't ... without pain": it hurts
    [InlineData("I walk without pain in my hip.", "where.hip", false)]
    public void An_inability_before_without_is_a_double_negative(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I've had numbness and weakness in both lower legs.", "where.below_knee", null)]
    [InlineData("My ankles are a bit swollen lately.", "where.below_knee", null)]
    [InlineData("My calf aches and my foot is numb.", "where.below_knee", true)]
    [InlineData("My hip is swollen and sore.", "where.hip", true)]
    [InlineData("I have a numb patch in my lower back.", "neuro.leg_numbness_tingling", null)] // numb, but not in the leg
    [InlineData("I have numbness in my left foot.", "neuro.leg_numbness_tingling", true)]
    public void A_place_where_only_numbness_weakness_or_swelling_is_does_not_hurt(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I have low back pain on the right side.", "where.flank", null)] // the side of the low back
    [InlineData("I have a sharp pain in my right side.", "where.flank", true)]
    [InlineData("I've had pain in my left side going down into my groin.", "where.flank", true)] // a path, not the side of the groin
    public void The_side_of_a_named_place_is_not_the_flank(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I had a 10 day course of prednisolone for my chest.", "hx.long_term_steroids", null)]
    [InlineData("I've been on prednisolone for years for my arthritis.", "hx.long_term_steroids", true)]
    [InlineData("I'm up twice at night to pee. My hip aches.", "pain.night", null)]
    [InlineData("My hip aches at night.", "pain.night", true)]
    public void Short_courses_and_nights_up_to_pass_urine_are_not_what_the_findings_ask(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I've had a dry cough for about two years. My back has hurt for three weeks.", 21)] // the cough's length is the cough's
    [InlineData("The physio gave me relief for a couple of weeks. My back has been sore for two months.", 60)]
    [InlineData("Six weeks of pain in my lower back.", 42)]
    [InlineData("My back pain has been going on for 3 months.", 90)]
    public void A_length_of_time_measures_the_complaint_its_statement_tells_of(string text, int days) =>
        Assert.Equal(days, Value(text, "episode.duration_days"));

    [Theory]
    [InlineData("I've had my share of back pain over the years. This time my hip hurts.", "where.low_back", null)] // earlier episodes
    [InlineData("My hip pain has got worse over the years.", "episode.worsening", true)] // the course of this pain
    [InlineData("I'm more and more tired. My back aches.", "episode.worsening", null)] // tiredness growing, not the pain
    [InlineData("My back pain is getting more and more severe.", "episode.worsening", true)]
    public void Over_the_years_and_more_and_more_say_what_changed(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("The pills didn't help my stomach. My back aches.", "where.abdomen", null)] // nothing said about pain there
    [InlineData("I have no pain in my stomach. My back aches.", "where.abdomen", false)]
    [InlineData("I had an inguinal hernia repaired last year. My back hurts.", "where.groin", null)]
    [InlineData("I do hip thrusts at the gym and my back hurts.", "where.hip", null)]
    [InlineData("I picked up a lump of wood and my back hurt.", "local.swelling_redness_warmth", null)]
    [InlineData("The pain ramped up this week.", "hx.training_load_increase", null)]
    [InlineData("I ramped up my running this month and my hip hurts.", "hx.training_load_increase", true)]
    [InlineData("My knee feels like it might give way. My hip hurts.", "pain.clicking_locking_catching", null)] // "might": a possibility
    [InlineData("My hip keeps giving way and it hurts.", "pain.clicking_locking_catching", true)]
    public void Places_denied_without_a_symptom_and_names_that_are_not_findings(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("Writing for my mum, she's 80. She has had a sharp pain in her groin since yesterday.", "where.groin", true)] // typed for the patient
    [InlineData("My neighbour has a sharp pain in her groin. My back aches.", "where.groin", null)] // someone else
    [InlineData("My husband asked me to type this. He has had diabetes for years and his back aches.", "hx.diabetes", true)]
    [InlineData("My nephew is typing for me. My brother has diabetes. My hip aches.", "hx.diabetes", null)] // typed by someone else for the writer
    public void In_a_story_typed_for_someone_else_she_and_he_are_the_patient(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My back aches. Nothing makes it better or worse.", "pain.constant_unaffected_by_movement", true)]
    [InlineData("My back aches and any movement makes it worse.", "pain.constant_unaffected_by_movement", false)] // it changes with movement
    [InlineData("My back aches but I'm sleeping fine.", "pain.night", false)]
    [InlineData("My hip pain is wrecking my sleep.", "pain.night", true)]
    [InlineData("The tablets aren't touching it.", "episode.not_improving_with_care", true)]
    [InlineData("My back aches. Lying flat eases it.", "pain.eased_lying_down", true)]
    public void Lay_wording_of_sleep_movement_and_care(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My ankles are swollen and my back aches.", "local.swelling_redness_warmth", null)] // swelling, but not round the hip or back
    [InlineData("My lower back is swollen and sore.", "local.swelling_redness_warmth", true)]
    [InlineData("My back pain is 4 to 8 out of 10.", "pain.severity_worst", 8)] // the top of a range is the worst
    [InlineData("My back pain is 4 to 8 out of 10.", "pain.severity_now", null)]
    [InlineData("My back pain is 6 out of 10.", "pain.severity_now", 6)]
    public void Swelling_elsewhere_and_the_top_of_a_range_are_not_what_they_seem(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));
}
