using HipSpine.Engine.Assessment;
using HipSpine.Engine.Evaluation;
using HipSpine.Engine.Interview;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

public class InterviewTests
{
    private static readonly InterviewPlanner Planner = new(Kb.Engine, InterviewScreensLoader.Load(Kb.Knowledge));

    private static InterviewState AnswerAll(InterviewState state, InterviewStep step, Func<string, string?> answer) => step switch
    {
        AskAboutYou => state with { Age = 45, Sex = "female" },
        AskBodyMap map => state.With(new AnsweredStep("bodymap", map.Regions.ToDictionary(q => q.Code, q => answer(q.Code)))),
        AskQuestions ask => state.With(new AnsweredStep(ask.StepId, ask.Questions.ToDictionary(q => q.Code, q => answer(q.Code)))),
        _ => throw new InvalidOperationException("finished"),
    };

    [Fact]
    public void It_starts_with_age_and_sex_then_the_body_map_then_red_flag_screens()
    {
        var state = InterviewState.Start;
        Assert.IsType<AskAboutYou>(Planner.Next(state));
        state = AnswerAll(state, new AskAboutYou(), _ => null);
        var map = Assert.IsType<AskBodyMap>(Planner.Next(state));
        Assert.All(map.Regions, q => Assert.StartsWith("where.", q.Code, StringComparison.Ordinal));
        state = AnswerAll(state, map, c => c == "where.low_back" ? "true" : "false");
        var first = Assert.IsType<AskQuestions>(Planner.Next(state));
        Assert.True(first.RedFlagPhase);
        Assert.NotEmpty(first.Why);
    }

    [Fact]
    public void Every_red_flag_question_is_asked_before_a_result_when_there_is_no_emergency()
    {
        var state = InterviewState.Start;
        var asked = new HashSet<string>();
        for (var step = Planner.Next(state); step is not InterviewFinished; step = Planner.Next(state))
        {
            if (step is AskQuestions ask)
            {
                asked.UnionWith(ask.Questions.Select(q => q.Code));
            }

            state = AnswerAll(state, step, c => c == "where.low_back" ? "true" : c.StartsWith("where.", StringComparison.Ordinal) ? "false" : null);
        }

        // A red-flag question whose askIf reads false for this person (testicle pain, asked when the groin, belly, side or
        // hip hurts) cannot concern them; every other one is asked.
        var subject = InterviewAnswers.ToCase(Kb.Knowledge, state);
        Assert.All(
            Kb.Knowledge.RedFlagFindings.Where(f => Kb.Knowledge.FindQuestion(f.Code)?.AskIf?.Evaluate(subject) != Conditions.Tri.False),
            f => Assert.Contains(f.Code, asked));
    }

    [Fact]
    public void The_core_questions_are_asked_before_a_non_emergency_result_and_a_no_to_everything_is_self_care()
    {
        var state = InterviewState.Start;
        var asked = new HashSet<string>();
        InterviewStep step;
        for (step = Planner.Next(state); step is not InterviewFinished; step = Planner.Next(state))
        {
            if (step is AskQuestions ask)
            {
                asked.UnionWith(ask.Questions.Select(q => q.Code));
            }

            // Back pain for 3 days, worst 4 out of 10, "no" to everything else.
            state = AnswerAll(state, step, c => c switch
            {
                "where.low_back" => "true",
                "episode.duration_days" => "3",
                "pain.severity_worst" or "pain.severity_now" => "4",
                "stiffness.morning_minutes" => "10",
                "episode.onset" => "gradual",
                _ => Kb.Knowledge.Vocabulary.FindFinding(c)!.Type == Vocabulary.FindingType.Bool ? "false" : null,
            });
        }

        Assert.All(Kb.Knowledge.Manifest.CoreQuestions, c => Assert.Contains(c, asked));
        Assert.Equal("self_care", Assert.IsType<InterviewFinished>(step).Result.Urgency);
    }

    [Fact]
    public void An_emergency_answer_stops_the_interview_at_once()
    {
        var state = AnswerAll(InterviewState.Start, new AskAboutYou(), _ => null);
        state = AnswerAll(state, Planner.Next(state), c => c == "where.low_back" ? "true" : "false");
        var screen = Assert.IsType<AskQuestions>(Planner.Next(state));
        Assert.Contains(screen.Questions, q => q.Code == "neuro.saddle_numbness");
        state = AnswerAll(state, screen, c => c == "neuro.saddle_numbness" ? "true" : "false");
        var done = Assert.IsType<InterviewFinished>(Planner.Next(state));
        Assert.True(done.StoppedForEmergency);
        Assert.Equal("emergency", done.Result.Urgency);
    }

    [Fact]
    public void An_emergency_made_only_by_the_unanswered_duration_asks_the_duration_before_stopping()
    {
        // Weakness in both legs fires the emergency rule while the duration is unknown (read as new); the answer
        // "60 days, not getting worse" undoes it, so the interview must ask it rather than stop.
        static string? Answer(string code) => code switch
        {
            "where.low_back" or "where.both_legs" or "neuro.leg_weakness" => "true",
            "episode.duration_days" => "60",
            "neuro.weakness_worsening" => "false",
            _ => null,
        };
        var state = InterviewState.Start;
        InterviewStep step;
        while ((step = Planner.Next(state)) is not InterviewFinished)
        {
            state = AnswerAll(state, step, Answer);
        }

        Assert.Contains("episode.duration_days", state.AnsweredCodes);
        Assert.DoesNotContain(((InterviewFinished)step).Result.UrgencyReasons, r => r.Rule == "bilateral_leg_weakness");
    }

    [Fact]
    public void Back_returns_to_the_previous_question()
    {
        var state = AnswerAll(InterviewState.Start, new AskAboutYou(), _ => null);
        var map = Planner.Next(state);
        var after = AnswerAll(state, map, _ => "false");
        Assert.IsType<AskQuestions>(Planner.Next(after));
        Assert.IsType<AskBodyMap>(Planner.Next(after.Back()));
    }

    [Fact]
    // 17: the core questions (duration, worsening, worst pain, walking) are always asked before a non-emergency result.
    // 18 from knowledge 1.86.0, openly: kidney_infection reads fever or shivering told with urine symptoms and being sick
    // at any site, so while fever and shivering are "not sure" (as in the replayed dev cases, which do not tell them) the
    // kidney screen is asked too; with both answered no the dev medians are as before (docs/red-flags.md, 1.86.0).
    public void Replaying_the_dev_cases_asks_a_median_of_at_most_18_questions_without_losing_urgency_or_top_three()
    {
        var (cases, problems) = LabelledCaseReader.ReadFolder(RepoPaths.DevCases, Kb.Knowledge.Vocabulary);
        Assert.Empty(problems);
        var outcomes = cases.Select(c => InterviewReplay.Replay(Planner, Kb.Engine, c)).ToArray();
        var counts = outcomes.Select(o => o.Questions).Order().ToArray();
        var median = (counts[(counts.Length - 1) / 2] + counts[counts.Length / 2]) / 2.0;
        Assert.True(median <= 18, $"median {median} questions");
        Assert.All(outcomes, o => Assert.True(o.SameUrgency, $"{o.Id}: interview {o.InterviewUrgency}, full {o.FullUrgency}"));
        Assert.All(outcomes, o => Assert.True(o.KeepsTop3, $"{o.Id} lost its expected group from the top 3"));
    }

    [Fact]
    public void A_hip_osteoarthritis_picture_is_asked_the_hip_questions_and_ends_hip_driven()
    {
        var yes = new HashSet<string>
        {
            "where.groin", "where.low_back", "pain.difficulty_shoes_socks", "func.hip_stiff_reduced_motion",
            "pain.worse_stairs_or_rising", "func.limp", "pain.worse_walking",
        };
        string? Answer(string code) => code switch
        {
            "episode.onset" => "gradual",
            "episode.duration_days" => "365",
            "stiffness.morning_minutes" => "20",
            "pain.severity_now" or "pain.severity_worst" => "5",
            _ when Kb.Knowledge.Vocabulary.FindFinding(code)!.Type != Vocabulary.FindingType.Bool => null,
            _ => yes.Contains(code) ? "true" : "false",
        };

        var state = InterviewState.Start with { Age = 68, Sex = "female" };
        var asked = new HashSet<string>();
        InterviewStep step;
        while ((step = Planner.Next(state)) is not InterviewFinished)
        {
            if (step is AskQuestions ask)
            {
                asked.UnionWith(ask.Questions.Select(q => q.Code));
            }

            state = AnswerAll(state, step, Answer);
        }

        var done = (InterviewFinished)step;
        Assert.True(asked.Contains("func.hip_stiff_reduced_motion") || asked.Contains("pain.difficulty_shoes_socks"), "no hip question was asked");
        Assert.Equal("hip_oa", done.Result.Sources[0].Id);
        Assert.True(done.Result.Sources[0].Probability >= Kb.Knowledge.Manifest.LikelyThreshold, $"hip_oa {done.Result.Sources[0].Probability}");
        Assert.Equal(PainPattern.HipDriven, done.Result.Pattern);
    }

    [Fact]
    public void Invalid_answers_are_rejected_with_a_reason()
    {
        var age = Kb.Knowledge.Vocabulary.FindFinding("pain.severity_now")!;
        Assert.NotNull(InterviewAnswers.TryParse(age, "11", out _));
        Assert.NotNull(InterviewAnswers.TryParse(Kb.Knowledge.Vocabulary.FindFinding("where.groin")!, "maybe", out _));
        Assert.Null(InterviewAnswers.TryParse(age, "7", out var seven));
        Assert.Equal(7, seven.Number);
    }
}
