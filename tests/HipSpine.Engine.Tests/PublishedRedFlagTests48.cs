using HipSpine.Engine.Interview;
using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.40.0. NICE NG111 (Pyelonephritis (acute), referral and seeking specialist advice) asks
/// to consider referral for people at higher risk of complications, such as diabetes: back or side pain with urinary
/// symptoms in a person with diabetes, in an episode of up to 6 weeks or of unanswered length, is seen the same day
/// (<c>diabetes_back_pain_with_urinary_symptoms</c>). Its diabetes conjunct is an interview gate: the kidney questions
/// are asked for it only once diabetes is answered yes, so a person not sure about diabetes is asked no more than a
/// person without it (the dev interview median stays at or under 17). Each change is tested both ways, with an
/// over-triage guard.
/// </summary>
public class PublishedRedFlagTests48
{
    private const string Rule = "diabetes_back_pain_with_urinary_symptoms";

    private static readonly InterviewPlanner Planner = new(Kb.Engine, InterviewScreensLoader.Load(Kb.Knowledge));

    [Theory]
    [InlineData("where.low_back", 14)]
    [InlineData("where.flank", 42)]
    [InlineData("where.mid_upper_back", null)]
    public void Diabetes_with_back_or_side_pain_and_urinary_symptoms_is_seen_the_same_day(string site, int? days)
    {
        (string, object)[] findings = [("hx.diabetes", true), (site, true), ("visceral.urine_symptoms", true)];
        if (days is { } d)
        {
            findings = [.. findings, ("episode.duration_days", d)];
        }

        // No fever needed: NG111's higher-risk referral is about suspected pyelonephritis, not about its fever.
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(28, "female", findings)), "visceral_referral", Rule);
    }

    [Fact]
    public void Near_miss_without_diabetes_or_without_urinary_symptoms_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 28, "female", ("hx.diabetes", false), ("where.low_back", true),
            ("visceral.urine_symptoms", true), ("episode.duration_days", 14)));
        Assert.False(Kb.Fires(Rule, 28, "female", ("hx.diabetes", true), ("where.low_back", true),
            ("visceral.urine_symptoms", false), ("episode.duration_days", 14)));
    }

    [Fact]
    public void Over_triage_guard_years_of_backache_with_a_bladder_infection_in_diabetes_is_not_read()
    {
        // Pyelonephritis is acute: an answered episode over 6 weeks is left to the other rules.
        (string, object)[] findings =
        [
            ("hx.diabetes", true), ("where.low_back", true), ("visceral.urine_symptoms", true),
            ("episode.duration_days", 730), ("systemic.fever", false), ("episode.worsening", false),
        ];
        Assert.False(Kb.Fires(Rule, 50, "male", findings));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(50, "male", findings));
    }

    [Fact]
    public void The_gate_is_a_conjunct_of_the_rule()
    {
        var rule = Kb.Knowledge.Rules.Single(r => r.Id == Rule);
        Assert.NotNull(rule.Gate);
        var gate = new HashSet<int>();
        rule.Gate.CollectFindingIndexes(gate);
        Assert.Equal([Kb.Knowledge.Vocabulary.Findings.Single(f => f.Code == "hx.diabetes").Index], gate);
    }

    [Fact]
    public void A_person_not_sure_about_diabetes_is_asked_no_more_than_a_person_without_it()
    {
        // Without the gate, an unsure diabetes answer kept the rule reachable and added the kidney screen.
        var unsure = Walk(diabetes: null, urine: null);
        var without = Walk(diabetes: "false", urine: null);
        Assert.Equal(without.Asked, unsure.Asked);
    }

    [Fact]
    public void With_diabetes_the_kidney_questions_are_asked_and_urinary_symptoms_make_it_urgent()
    {
        var (asked, result) = Walk(diabetes: "true", urine: "true");
        Assert.Contains("screen:kidney", asked);
        Assert.Contains(result.Result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Urgent, result.Result.Urgency);
    }

    private static (List<string> Asked, InterviewFinished Finished) Walk(string? diabetes, string? urine)
    {
        // Back pain of two weeks at 28, no fever, shivers or side pain; everything else "not sure".
        string? Answer(string code) => code switch
        {
            "where.low_back" => "true",
            _ when code.StartsWith("where.", StringComparison.Ordinal) => "false",
            "systemic.fever" or "systemic.chills_rigors" => "false",
            "episode.duration_days" => "14",
            "hx.diabetes" => diabetes,
            "visceral.urine_symptoms" => urine,
            _ => null,
        };

        var state = InterviewState.Start;
        var asked = new List<string>();
        for (var step = Planner.Next(state); ; step = Planner.Next(state))
        {
            switch (step)
            {
                case InterviewFinished done:
                    return (asked, done);
                case AskAboutYou:
                    state = state with { Age = 28, Sex = "female" };
                    break;
                case AskBodyMap map:
                    state = state.With(new AnsweredStep("bodymap", map.Regions.ToDictionary(q => q.Code, q => Answer(q.Code))));
                    break;
                case AskQuestions ask:
                    asked.Add(ask.StepId);
                    state = state.With(new AnsweredStep(ask.StepId, ask.Questions.ToDictionary(q => q.Code, q => Answer(q.Code))));
                    break;
            }
        }
    }
}
