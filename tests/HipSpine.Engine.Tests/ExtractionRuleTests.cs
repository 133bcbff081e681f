namespace HipSpine.Engine.Tests;

/// <summary>
/// The general linguistic rules of the extractor, one case each way: a finding that must be read (the value)
/// and a look-alike that must not (null). Each case is a sentence any patient could write.
/// </summary>
public sealed class ExtractionRuleTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("A CT of my lower back showed a disc bulge.", "where.low_back", null)] // no symptom in the sentence
    [InlineData("I have to lift my knee high to walk.", "where.knee", null)]
    [InlineData("My lower back hurts.", "where.low_back", true)]
    [InlineData("I had an injection into my hip joint and since then my low back pain is severe.", "where.hip", null)] // object of a procedure
    [InlineData("I had an injection into my hip joint and since then my low back pain is severe.", "where.low_back", true)]
    [InlineData("The pain is in the dimple above my bum.", "where.buttock", null)] // a landmark
    [InlineData("I have pain on the right side of my back.", "where.flank", null)] // "side of" names part of what follows
    [InlineData("I have a sharp pain in my side.", "where.flank", true)]
    [InlineData("The backs of my upper legs ache.", "where.mid_upper_back", null)] // a noun phrase keeps its word order
    [InlineData("My upper back aches.", "where.mid_upper_back", true)]
    [InlineData("I have pain in my back, right hip and thigh.", "where.back_of_thigh", null)] // nor spans a comma
    [InlineData("I have pain in the back of my thigh.", "where.back_of_thigh", true)]
    [InlineData("I have pain in both sides of my back.", "where.both_legs", null)]
    [InlineData("The pain is at the front of my hip.", "where.groin", true)]
    [InlineData("My lower back went suddenly while lifting.", "where.low_back", true)] // an idiom keeps its order: not "went back"
    [InlineData("I went back to work and my hip hurts.", "where.low_back", null)]
    [InlineData("My mid-back hurts.", "where.mid_upper_back", true)] // a hyphen inside a word is no pause
    public void A_body_site_is_a_place_said_to_hurt(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My back pain is bad, I'm walking funny.", "pain.worse_walking", null)] // a new subject after a comma
    [InlineData("I've got lower back pain and my left leg has gone numb.", "where.below_knee", null)] // "and my ..."; "gone numb" is no denial
    [InlineData("I've got lower back pain and my left leg has gone numb.", "neuro.leg_numbness_tingling", true)]
    [InlineData("My back started hurting out of nowhere, no injury, with pain down my right leg.", "where.back_of_thigh", null)]
    public void A_phrase_and_a_negation_stop_where_a_new_statement_starts(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("The pain at the front of my hip hasn't gone.", "where.groin", true)] // a denied going-away is still there
    [InlineData("I started losing weight - 7 kg gone - and got back pain.", "systemic.weight_loss", true)] // an amount gone is lost
    [InlineData("My mum's worried it's serious.", "psych.worry_catastrophizing", null)] // "mum's" is mum
    [InlineData("I was pushing my husband's wheelchair when I suddenly felt a sharp pain in my lower back.", "where.low_back", true)] // "I" again
    [InlineData("I was pushing my husband's wheelchair when I suddenly felt a sharp pain in my lower back.", "episode.onset", "sudden")]
    [InlineData("I've been told no weight-bearing training.", "pain.worse_weight_bearing", null)] // advice, not a finding
    [InlineData("I've been referred to see about a hip replacement.", "hx.hip_replacement", null)]
    [InlineData("My doctor referred me to physio for pain in my lower back.", "where.low_back", true)]
    public void Pseudo_negations_experiencers_and_advice_have_their_scope(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I had a kidney stone five years ago - that time the pain went into my groin.", "where.groin", null)] // "that time"
    [InlineData("I had a kidney stone five years ago - that time the pain went into my groin.", "episode.duration_days", null)]
    [InlineData("I used to drink heavily but haven't touched alcohol in 5 years.", "hx.alcohol_excess", false)] // asks about now
    [InlineData("I broke my wrist in a fall 4 years ago.", "hx.fall_or_minor_injury", null)] // not this episode's injury
    [InlineData("Yesterday I fell down the stairs.", "hx.major_trauma", true)]
    [InlineData("Six weeks ago I ran a marathon and had intense pain, 5/10.", "pain.severity_now", null)] // a past score
    [InlineData("A month ago I got back pain that's 10/10.", "pain.severity_now", 10)]
    public void The_past_is_not_now(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("It gets worse when I train.", "episode.worsening", null)] // an aggravating activity
    [InlineData("It got worse sprinting at a race.", "episode.worsening", null)]
    [InlineData("It's getting worse and worse.", "episode.worsening", true)]
    [InlineData("It has got worse when I walk.", "episode.worsening", true)] // a change that shows when walking
    [InlineData("Three months ago I suddenly ramped up my running.", "episode.onset", null)] // no beginning of a symptom
    [InlineData("My hip suddenly started hurting.", "episode.onset", "sudden")]
    [InlineData("I have a dry cough.", "pain.worse_cough_sneeze", null)] // a chest symptom, not pain on coughing
    [InlineData("It hurts when I cough.", "pain.worse_cough_sneeze", true)]
    [InlineData("I feel generally run down and weak.", "neuro.leg_weakness", null)] // weak all over
    [InlineData("My hip feels weak.", "neuro.leg_weakness", true)]
    [InlineData("I can't walk more than 100 metres.", "func.cannot_bear_weight", null)] // a distance, not no weight at all
    [InlineData("I can't walk more than 100 metres.", "func.walking_distance_reduced", true)]
    [InlineData("Walking, stairs, sitting or standing for long all make it worse.", "pain.worse_standing", true)] // a list shares its predicate
    [InlineData("Walking, stairs, sitting or standing for long all make it worse.", "pain.worse_walking", true)]
    [InlineData("It is set off by lifting, twisting and bending.", "pain.worse_bending_lifting", true)]
    [InlineData("Walking is fine but sitting makes it worse.", "pain.worse_walking", false)] // not across a turn
    [InlineData("Lifting my leg and walking make it worse.", "pain.worse_bending_lifting", null)] // lifting a limb, not a load
    public void A_modifier_counts_only_in_its_own_sense(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My groin hurts, about 6 out of 10 today.", "episode.duration_days", null)] // "today" dates the score
    [InlineData("Two years ago I felt something catch in my back. Physio sorted it out back then. But for the last 2 months the back pain keeps coming back.", "episode.duration_days", 60)]
    [InlineData("A year ago I had a fall. Since then I've had hip pain, and the last 2 months it has been getting worse.", "episode.duration_days", 365)]
    [InlineData("I had some hip pain a few months ago, it went away with rest.", "episode.duration_days", null)] // an earlier episode
    public void The_episode_duration_is_the_present_one(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I have lost weight. I have no weight loss.", "systemic.weight_loss", null)] // a red flag said both ways is left to the screen
    [InlineData("Weight loss - none.", "systemic.weight_loss", false)] // a closing "none" answers what came before
    [InlineData("Pain in my hip, none in my back.", "where.hip", true)]
    [InlineData("My leg has gone weak.", "neuro.leg_weakness", true)] // "gone weak" is no denial
    [InlineData("I didn't need chemo.", "hx.cancer", null)] // no treatment does not deny the illness
    [InlineData("I had chemo for it.", "hx.cancer", true)]
    [InlineData("I went to A&E last night.", "pain.night", null)]
    [InlineData("I have borderline diabetes.", "hx.diabetes", null)]
    [InlineData("I had epidural steroids.", "hx.long_term_steroids", null)]
    public void Red_flags_and_history_are_read_cautiously(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I get pain in my lower back and buttocks when I walk.", "pain.worse_walking", true)] // a pain tied to an activity by "when"
    [InlineData("It comes on after about 15 minutes of walking.", "pain.worse_walking", null)] // no symptom word in the sentence
    [InlineData("The ache comes on after about 15 minutes of walking.", "pain.worse_walking", true)]
    [InlineData("It also hurts while I'm standing up.", "pain.worse_standing", true)]
    [InlineData("The pain is better when I sit.", "pain.worse_sitting", null)] // an easing word beside it
    [InlineData("If I bend over it goes off, the pain.", "pain.worse_bending_lifting", null)]
    [InlineData("It doesn't hurt when I walk.", "pain.worse_walking", false)]
    [InlineData("My dad's back hurts when he walks.", "pain.worse_walking", null)]
    [InlineData("Standing and walking are the worst.", "pain.worse_standing", true)] // "the worst" shares its list
    [InlineData("Standing is worse than sitting.", "pain.worse_sitting", null)]
    [InlineData("Anything upright makes it worse - walking, stairs, standing around.", "pain.worse_walking", true)] // a list after a pause
    [InlineData("Sitting makes it worse, walking helps.", "pain.worse_walking", null)]
    public void An_activity_tied_to_the_pain_makes_it_worse(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("A few days ago I lifted a box and felt an immediate pull in my back.", "episode.duration_days", 3)] // "a few" is three
    [InlineData("A few days ago I lifted a box and felt an immediate pull in my back.", "episode.onset", "sudden")]
    [InlineData("I had something similar about 5 years ago and made a full recovery.", "episode.recurrent", true)] // a past episode counts
    [InlineData("I've had a couple of similar episodes years ago that went away.", "episode.recurrent", true)] // its ending denies nothing
    [InlineData("Never had back pain like this before.", "episode.recurrent", false)]
    [InlineData("I took Motrin and used heat, no improvement whatsoever.", "episode.not_improving_with_care", true)]
    [InlineData("Physio and exercises don't help any more.", "episode.not_improving_with_care", true)]
    [InlineData("Normal anti-inflammatories don't help any more.", "hx.nsaid_good_response", false)] // a negation inside a phrase's words
    public void Onset_recurrence_and_care_in_lay_words(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));
}
