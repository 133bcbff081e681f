using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.43.0: pain or swelling in a testicle or the scrotum (<c>visceral.testicle_pain</c>, a new
/// red-flag finding). NICE CKS Scrotal pain and swelling (suspected torsion on sudden-onset testicular pain: emergency
/// admission), the HSIB 2019 investigation and NHS Lothian RefHelp (surgery within 4 hours) make a sudden or same-day
/// testicle pain an emergency (<c>sudden_or_new_testicle_pain</c>); the epididymo-orchitis guidelines (NHS Borders, West of
/// Scotland MCN) make testicle pain with urinary symptoms or fever a same-day examination
/// (<c>testicle_pain_with_infection_signs</c>). The question is asked of men and anyone whose sex is not given, when the
/// groin, lower belly, side or hip hurts; hidden from others, it does not withhold self care. Tested both ways, with
/// over-triage guards. Also 1.43.0: <c>renal_colic</c> reads side-to-groin pain of unanswered length as new (the
/// Hertfordshire loin pain pathway: suspected colic is imaged within 24 hours).
/// </summary>
public class PublishedRedFlagTests51
{
    private const string Torsion = "sudden_or_new_testicle_pain";
    private const string Infection = "testicle_pain_with_infection_signs";
    private const string Testicle = "visceral.testicle_pain";


    [Theory]
    [InlineData("sudden", 0)]
    [InlineData("sudden", 7)]
    [InlineData("sudden", null)]
    [InlineData(null, 1)]
    [InlineData("gradual", 0)]
    [InlineData(null, null)]
    public void Sudden_or_same_day_testicle_pain_is_an_emergency(string? onset, int? days)
    {
        (string, object)[] findings = [("where.groin", true), (Testicle, true)];
        if (onset is not null)
        {
            findings = [.. findings, ("episode.onset", onset)];
        }

        if (days is { } d)
        {
            findings = [.. findings, ("episode.duration_days", d)];
        }

        // An unanswered start or length is never reassurance (orUnanswered; the duration completion reads it as new).
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(24, "male", findings)), "visceral_referral", Torsion);
    }

    [Fact]
    public void Near_miss_sudden_groin_pain_without_testicle_pain_is_not_read()
    {
        // The 1.42.0 trial read groin pain alone and over-triaged four spent cases: the criterion is the testicle.
        Assert.False(Kb.Fires(Torsion, 24, "male", ("where.groin", true), (Testicle, false),
            ("episode.onset", "sudden"), ("episode.duration_days", 0)));
        Assert.False(Kb.Fires(Torsion, 24, "male", ("where.groin", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 0)));
    }

    [Fact]
    public void Near_miss_a_gradual_ache_over_days_or_a_sudden_pain_weeks_ago_is_not_the_emergency()
    {
        Assert.False(Kb.Fires(Torsion, 30, "male", ("where.groin", true), (Testicle, true),
            ("episode.onset", "gradual"), ("episode.duration_days", 4)));
        Assert.False(Kb.Fires(Torsion, 30, "male", ("where.groin", true), (Testicle, true),
            ("episode.onset", "sudden"), ("episode.duration_days", 21)));
    }

    [Theory]
    [InlineData("visceral.urine_symptoms", 4)]
    [InlineData("systemic.fever", 42)]
    [InlineData("systemic.chills_rigors", null)]
    public void Testicle_pain_with_a_fever_or_urinary_symptoms_is_seen_the_same_day(string sign, int? days)
    {
        (string, object)[] findings = [("where.abdomen", true), (Testicle, true), (sign, true), ("episode.onset", "gradual")];
        if (days is { } d)
        {
            findings = [.. findings, ("episode.duration_days", d)];
        }

        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(41, "male", findings)), "visceral_referral", Infection);
    }

    [Fact]
    public void Near_miss_testicle_pain_without_fever_or_urinary_symptoms_is_not_read_as_infection()
    {
        Assert.False(Kb.Fires(Infection, 41, "male", ("where.groin", true), (Testicle, true), ("systemic.fever", false),
            ("systemic.chills_rigors", false), ("visceral.urine_symptoms", false), ("episode.duration_days", 4)));
    }

    [Fact]
    public void Over_triage_guard_months_of_a_testicle_ache_is_neither_rule()
    {
        // Chronic scrotal pain with a bladder infection: no torsion window and no acute epididymo-orchitis.
        (string, object)[] findings =
        [
            ("where.groin", true), (Testicle, true), ("visceral.urine_symptoms", true), ("episode.onset", "gradual"),
            ("episode.duration_days", 120), ("systemic.fever", false),
        ];
        Assert.False(Kb.Fires(Torsion, 45, "male", findings));
        Assert.False(Kb.Fires(Infection, 45, "male", findings));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(45, "male", findings));
    }

    [Theory]
    [InlineData("male", "where.groin", true)]
    [InlineData(null, "where.abdomen", true)]
    [InlineData("male", "where.flank", true)]
    [InlineData("male", "where.hip", true)]
    [InlineData("female", "where.groin", false)]
    [InlineData("male", "where.low_back", false)]
    public void The_interview_asks_it_only_of_men_or_unknown_sex_with_groin_belly_side_or_hip_pain(string? sex, string site, bool asked)
    {
        var questions = RedFlagAskIf.QuestionsAsked(sex, site);
        Assert.Equal(asked, questions.Contains(Testicle));
    }

    [Fact]
    public void Hidden_from_a_woman_it_does_not_withhold_self_care()
    {
        // Every other self-care question answered no; only the testicle question is unanswered.
        var woman = Kb.Case(30, "female", AllSelfCareAnsweredNo("where.groin"));
        Assert.DoesNotContain(Testicle, Kb.Engine.MissingForSelfCare(woman));
        var man = Kb.Case(30, "male", AllSelfCareAnsweredNo("where.groin"));
        Assert.Equal([Testicle], Kb.Engine.MissingForSelfCare(man));
        Assert.Contains(Testicle, Kb.Engine.Assess(man).UnansweredRedFlags);
        Assert.DoesNotContain(Testicle, Kb.Engine.Assess(woman).UnansweredRedFlags);
    }

    [Fact]
    public void Side_to_groin_pain_of_unanswered_length_is_read_as_suspected_renal_colic()
    {
        // The Hertfordshire loin pain pathway and NICE NG118 image every suspected colic within 24 hours; the 7-day
        // newness line of renal_colic's side-to-groin branch now reads an unanswered length as new (orUnanswered).
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(36, "male", ("where.flank", true), ("where.groin", true))),
            "visceral_referral", "renal_colic");
    }

    [Fact]
    public void Near_miss_weeks_of_side_and_groin_ache_or_side_pain_alone_is_not_renal_colic()
    {
        Assert.False(Kb.Fires("renal_colic", 36, "male", ("where.flank", true), ("where.groin", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 30)));
        Assert.False(Kb.Fires("renal_colic", 36, "male", ("where.flank", true), ("where.groin", false)));
    }

    private static (string, object)[] AllSelfCareAnsweredNo(string site) => [.. RedFlagAskIf.SelfCareAnswersWithout(Testicle, site)];
}
