using System.Globalization;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Evaluation;
using HipSpine.Engine.Interview;

namespace HipSpine.Cli.Commands;

/// <summary><c>hipspine eval DIR --interview</c>: questions asked, and whether the interview loses anything.</summary>
internal static class InterviewEvalPrinter
{
    public static int Run(AssessmentEngine engine, IReadOnlyList<LabelledCase> cases, bool verbose, TextWriter o)
    {
        var planner = new InterviewPlanner(engine, InterviewScreensLoader.Load(engine.Knowledge));
        var outcomes = cases.Select(c => InterviewReplay.Replay(planner, engine, c)).ToArray();
        var questions = outcomes.Select(x => x.Questions).Order().ToArray();
        var median = questions.Length == 0 ? 0 : questions.Length % 2 == 1
            ? questions[questions.Length / 2]
            : (questions[(questions.Length / 2) - 1] + questions[questions.Length / 2]) / 2.0;
        o.WriteLine($"cases: {outcomes.Length}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"questions asked (screens): median {median:0.#}, maximum {(questions.Length == 0 ? 0 : questions[^1])}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"findings answered: median {Median(outcomes.Select(x => x.FindingsAsked)):0.#}"));
        o.WriteLine($"same urgency as the full evaluation: {outcomes.Count(x => x.SameUrgency)}/{outcomes.Length}");
        o.WriteLine($"expected group kept in the top 3: {outcomes.Count(x => x.KeepsTop3)}/{outcomes.Length}");
        foreach (var x in outcomes.Where(x => !x.SameUrgency || !x.KeepsTop3))
        {
            o.WriteLine($"  LOSS {x.Id}: urgency {x.InterviewUrgency} (full {x.FullUrgency}), top-3 {string.Join(",", x.InterviewTopGroups)} (full {string.Join(",", x.FullTopGroups)})");
        }

        if (verbose)
        {
            foreach (var x in outcomes)
            {
                o.WriteLine($"  {x.Id,-42} {x.Questions,3} screens {x.FindingsAsked,3} answers  {x.InterviewUrgency,-10}{(x.StoppedForEmergency ? " (stopped for emergency)" : "")}");
            }
        }

        return outcomes.All(x => x.SameUrgency) ? 0 : 1;
    }

    private static double Median(IEnumerable<int> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? 0 : v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2.0;
    }
}
