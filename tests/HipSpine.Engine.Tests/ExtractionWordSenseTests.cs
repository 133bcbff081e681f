namespace HipSpine.Engine.Tests;

/// <summary>
/// The eighth round's kinds of false reading (`WordSenses`): a word that names a finding in one sense and something else in
/// another, told apart by the words beside it. Each kind has a sentence that must not give the finding and a look-alike that
/// still must. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionWordSenseTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("I haven't had any accidents with my waterworks and my hip aches.", "hx.fall_or_minor_injury", null)] // incontinence
    [InlineData("I haven't had any accidents with my waterworks and my hip aches.", "hx.major_trauma", null)]
    [InlineData("I haven't had any accidents with my bladder.", "neuro.bladder_change", false)] // still the bladder's denial
    [InlineData("No accident or injury, my hip just started aching.", "hx.fall_or_minor_injury", false)]
    [InlineData("I had to stop peeing halfway but it didn't hurt.", "hx.fall_or_minor_injury", null)] // no pain, not no injury
    [InlineData("I didn't hurt myself, the pain just came.", "hx.fall_or_minor_injury", false)]
    [InlineData("I tried paracetamol for a week but it didn't do anything.", "hx.major_trauma", null)] // about the tablets
    [InlineData("I didn't do anything to it, it just started hurting.", "hx.major_trauma", false)]
    public void An_injury_word_in_another_sense_is_not_an_injury(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("The ache runs down the outside of my thigh towards the knee.", "where.knee", null)] // a point it runs to
    [InlineData("The ache runs down the outside of my thigh towards the knee.", "where.side_of_thigh", true)]
    [InlineData("It spreads down the back of my thigh as far as the knee.", "where.knee", null)]
    [InlineData("My back aches and I sleep with a cushion under my knees.", "where.knee", null)] // where a cushion goes
    [InlineData("The pain is at the back of my leg from the knee going upwards.", "where.knee", null)] // a boundary
    [InlineData("It hurts at the back of my leg from the knee down.", "where.knee", null)] // not "the back of my knee"
    [InlineData("It hurts at the back of my knee.", "where.knee", true)]
    [InlineData("I've got hip and groin pain on the right.", "where.hip", true)] // a list shares "pain"
    [InlineData("My knee aches when I climb stairs.", "where.knee", true)]
    [InlineData("I have a sharp pain just under my knee.", "where.knee", true)] // "just under" is still the knee
    public void A_landmark_is_not_a_place_that_hurts(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My back aches. No pain down the leg below the knee.", "where.front_thigh", null)] // only below the knee is denied
    [InlineData("My back aches. No pain down the leg below the knee.", "where.knee", null)]
    [InlineData("My back aches. No pain down the leg below the knee.", "where.below_knee", false)]
    [InlineData("My back aches. No pain down my leg.", "where.front_thigh", false)] // the whole leg denied
    public void A_leg_denied_below_the_knee_keeps_the_thigh(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("For the past two days my hip has throbbed. For several weeks before that I'd had a dull ache in it.", "episode.recurrent", null)]
    [InlineData("For the past two days my hip has throbbed. For several weeks before that I'd had a dull ache in it.", "episode.duration_days", 21)]
    [InlineData("I never had back pain before this, ever.", "episode.recurrent", false)]
    [InlineData("I've had this pain before, years ago.", "episode.recurrent", true)]
    [InlineData("My back has hurt for several weeks.", "episode.duration_days", 21)]
    public void Before_that_is_the_start_of_this_episode(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My back hurts. The heat pad helps for a day or so.", "episode.duration_days", null)] // the relief's length
    [InlineData("My back has hurt for a day or so.", "episode.duration_days", 1)]
    [InlineData("Until this past week I had back pain only. Four days ago my leg went numb.", "episode.duration_days", 4)] // "until" ends what came before
    [InlineData("About a year ago I had back pain and physio sorted it out. Now my hip aches.", "episode.duration_days", null)] // an earlier episode
    [InlineData("A month ago my back just went, out of the blue, as I got out of bed.", "episode.duration_days", 30)]
    public void A_length_of_time_measures_what_its_words_tell_of(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("The pain shoots up my back when I stand.", "hx.iv_drug_use", null)] // a direction
    [InlineData("I have been shooting up most days.", "hx.iv_drug_use", true)]
    [InlineData("I crouch down to get things off the floor and my back aches.", "psych.low_mood", null)] // a particle keeps its verb
    [InlineData("Lying down gets rid of the ache in my hip.", "psych.low_mood", null)]
    [InlineData("The back pain is really getting me down.", "psych.low_mood", true)]
    [InlineData("I tied my hair back with a band and my hip hurts.", "where.side_of_thigh", null)] // "IT band" read as any band
    [InlineData("The outside of my thigh aches.", "where.side_of_thigh", true)]
    [InlineData("I have ulcers on my foot and my back aches.", "hx.stomach_ulcer_or_bleed", null)]
    [InlineData("I had a stomach ulcer years ago.", "hx.stomach_ulcer_or_bleed", true)]
    public void Ordinary_words_are_not_the_finding_they_resemble(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("It's worse bending forward, better lying flat on my back.", "pain.eased_sitting_or_bending_forward", null)]
    [InlineData("It's worse standing, better bending forward.", "pain.eased_sitting_or_bending_forward", true)]
    [InlineData("I think I hurt my back lifting a wardrobe last week.", "pain.worse_bending_lifting", null)] // how it began
    [InlineData("My back hurts when I lift anything.", "pain.worse_bending_lifting", true)]
    [InlineData("My leg ulcers are getting worse and my back aches.", "episode.worsening", null)] // the ulcers' course
    [InlineData("My back pain is getting worse.", "episode.worsening", true)]
    [InlineData("The surgeon is offering me a discectomy for my back pain.", "hx.previous_spine_surgery", null)] // offered, not had
    [InlineData("I had a discectomy in 2015 and my back aches again.", "hx.previous_spine_surgery", true)]
    [InlineData("My hips ache and feel weak when I stand up from a chair.", "pain.worse_standing", null)] // rising, not standing
    [InlineData("My hips ache and feel weak when I stand up from a chair.", "pain.worse_stairs_or_rising", true)]
    [InlineData("My hip aches while I'm standing up at the sink.", "pain.worse_standing", true)] // upright
    [InlineData("The pain slows me down at work.", "episode.onset", null)] // "slow" is not "slowly"
    [InlineData("The back pain came on slowly.", "episode.onset", "gradual")]
    [InlineData("I had a sudden pain in my back.", "episode.onset", "sudden")]
    [InlineData("I got a pain low in my back that went round into my side.", "episode.onset", null)] // a path
    [InlineData("I bent over and my back went.", "episode.onset", "sudden")]
    [InlineData("It's set off by lifting, bending and twisting and the odd cough.", "hx.lifting_onset", null)] // an aggravating list
    [InlineData("I was lifting boxes at work and felt my back go.", "hx.lifting_onset", true)]
    [InlineData("Because of my hip I can only walk with a stick.", "func.walking_distance_reduced", null)] // how, not how far
    [InlineData("Because of my hip I can only walk a hundred yards.", "func.walking_distance_reduced", true)]
    [InlineData("I had a chest infection years ago. My back aches.", "hx.recent_infection", null)] // past, not recent
    [InlineData("I've had a chest infection for the last week and my back aches.", "hx.recent_infection", true)]
    [InlineData("My BMI is 23 and my back aches.", "hx.overweight", false)] // the number answers the question (30 or more)
    [InlineData("My BMI is 34 and my back aches.", "hx.overweight", true)]
    [InlineData("I'm overweight and my back aches.", "hx.overweight", true)]
    [InlineData("My back aches and I have a fever. do I need antibiotics", "hx.recent_infection", null)] // a question without its mark
    [InlineData("My back aches and I'm on antibiotics for a chest infection.", "hx.recent_infection", true)]
    public void Aggravation_onset_and_care_offered_keep_their_sense(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My back is so bad I had to crawl to the bathroom this morning.", null)] // moving on hands and knees
    [InlineData("I'm crawling up the stairs on my hands and knees.", null)]
    [InlineData("There's a crawling feeling down the back of my leg.", true)] // the sensation keeps its word for it
    [InlineData("It feels like ants crawling on my shin.", true)]
    public void Crawling_to_get_about_is_not_a_nerve_symptom(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "neuro.leg_numbness_tingling"));
}
