using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.60.0: a lump or bulge in the groin or at the top of the thigh that will not go back in, or
/// has become hard or tender (<c>visceral.groin_lump</c>, a new red-flag finding: a possibly trapped hernia). NHS Borders
/// RefHelp sends a hernia that becomes firm or tender or cannot be pushed back in to A&amp;E; NICE CKS (as summarised by
/// iatroX) refers an irreducible hernia urgently and admits suspected strangulation or obstruction as an emergency. A
/// sudden or same-day lump, or one with sickness, is an emergency (<c>groin_lump_new_or_with_sickness</c>); any other such
/// lump is seen the same day (<c>groin_lump_not_going_back</c>, the level a judgement). A lump that goes back in and does
/// not hurt is not the finding. The question is asked when the groin, lower belly, hip or front of the thigh hurts.
/// </summary>
public class PublishedRedFlagTests69
{
    private const string Emergency = "groin_lump_new_or_with_sickness";
    private const string Urgent = "groin_lump_not_going_back";
    private const string Lump = "visceral.groin_lump";

    private static readonly string[] LumpSites = ["where.groin", "where.abdomen", "where.hip", "where.front_thigh"];


    [Theory]
    [InlineData("sudden", 0, false)]
    [InlineData("sudden", 7, false)]
    [InlineData("sudden", null, false)]
    [InlineData(null, 1, false)]
    [InlineData("gradual", 30, true)]
    [InlineData(null, null, false)]
    public void A_sudden_or_same_day_lump_that_will_not_go_back_or_one_with_sickness_is_an_emergency(string? onset, int? days, bool sick)
    {
        (string, object)[] findings = [("where.groin", true), (Lump, true), ("systemic.nausea_vomiting", sick)];
        if (onset is not null)
        {
            findings = [.. findings, ("episode.onset", onset)];
        }

        if (days is { } d)
        {
            findings = [.. findings, ("episode.duration_days", d)];
        }

        // An unanswered start or length is never reassurance (orUnanswered; the duration completion reads it as new).
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(54, "female", findings)), "visceral_referral", Emergency);
    }

    [Fact]
    public void A_lump_that_stopped_going_back_suddenly_eight_days_ago_without_sickness_is_seen_the_same_day()
    {
        // The picture of a strangulated femoral hernia after 8 days of sudden pain (acceptable urgent or emergency).
        (string, object)[] findings =
        [
            ("where.groin", true), (Lump, true), ("episode.onset", "sudden"), ("episode.duration_days", 8),
            ("systemic.nausea_vomiting", false),
        ];
        Assert.False(Kb.Fires(Emergency, 45, "female", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(45, "female", findings)), "visceral_referral", Urgent);
    }

    [Theory]
    [InlineData("where.groin", 120)]
    [InlineData("where.front_thigh", 21)]
    [InlineData("where.abdomen", 400)]
    public void A_lump_that_will_not_go_back_or_is_tender_is_seen_the_same_day_whatever_its_length(string site, int days)
    {
        // An incarcerated femoral hernia can present as months of groin pain; NICE CKS refers an irreducible hernia urgently.
        var result = Kb.Engine.Assess(Kb.Case(42, "male", (site, true), (Lump, true), ("episode.onset", "gradual"),
            ("episode.duration_days", days), ("systemic.nausea_vomiting", false), ("episode.not_improving_with_care", true)));
        Kb.AssertSeenWithinADay(result, "visceral_referral", Urgent);
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Emergency);
    }

    [Fact]
    public void Near_miss_sudden_groin_pain_without_the_lump_is_neither_rule()
    {
        // The criterion is the lump: sudden groin pain alone is a strain, a stone or a hernia that still goes back.
        foreach (var lump in new object?[] { false, null })
        {
            (string, object)[] findings = [("where.groin", true), ("episode.onset", "sudden"), ("episode.duration_days", 0)];
            if (lump is not null)
            {
                findings = [.. findings, (Lump, lump)];
            }

            Assert.False(Kb.Fires(Emergency, 54, "female", findings));
            Assert.False(Kb.Fires(Urgent, 54, "female", findings));
        }
    }

    [Fact]
    public void Over_triage_guard_a_groin_ache_with_a_lump_that_goes_back_in_stays_soon()
    {
        // A reducible, painless hernia is a routine referral (NICE CKS): the lump question is answered no.
        (string, object)[] findings =
        [
            ("where.groin", true), (Lump, false), ("visceral.testicle_pain", false), ("episode.onset", "gradual"),
            ("episode.duration_days", 60), ("episode.worsening", false), ("pain.severity_worst", 4),
            ("pain.worse_bending_lifting", true), ("systemic.nausea_vomiting", false), ("systemic.fever", false),
        ];
        Assert.False(Kb.Fires(Emergency, 60, "male", findings));
        Assert.False(Kb.Fires(Urgent, 60, "male", findings));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(60, "male", findings));
    }

    [Theory]
    [InlineData("female", "where.groin", true)]
    [InlineData("male", "where.abdomen", true)]
    [InlineData(null, "where.hip", true)]
    [InlineData("female", "where.front_thigh", true)]
    [InlineData("male", "where.low_back", false)]
    [InlineData("female", "where.lateral_hip", false)]
    public void The_interview_asks_it_when_the_groin_lower_belly_hip_or_front_of_the_thigh_hurts(string? sex, string site, bool asked)
    {
        Assert.Equal(asked, RedFlagAskIf.QuestionsAsked(sex, site).Contains(Lump));
    }

    [Fact]
    public void Hidden_by_the_body_map_it_does_not_withhold_self_care()
    {
        // Low back pain only, the lump's regions answered no on the body map: the question cannot concern the person.
        var back = Kb.Case(30, "female", AllSelfCareAnsweredNo("where.low_back"));
        Assert.DoesNotContain(Lump, Kb.Engine.MissingForSelfCare(back));
        Assert.DoesNotContain(Lump, Kb.Engine.Assess(back).UnansweredRedFlags);

        // Groin pain with every other question answered: the lump question is still owed.
        var groin = Kb.Case(30, "female", AllSelfCareAnsweredNo("where.groin"));
        Assert.Equal([Lump], Kb.Engine.MissingForSelfCare(groin));
        Assert.Contains(Lump, Kb.Engine.Assess(groin).UnansweredRedFlags);
    }

    private static (string, object)[] AllSelfCareAnsweredNo(string site)
    {
        var answers = RedFlagAskIf.SelfCareAnswersWithout(Lump, site);
        answers.AddRange(LumpSites.Where(s => s != site).Select(s => (s, (object)false)));
        return [.. answers];
    }
}
