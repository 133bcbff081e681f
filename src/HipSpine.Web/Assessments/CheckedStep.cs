using HipSpine.Engine.Interview;
using HipSpine.Records;

namespace HipSpine.Web.Assessments;

/// <summary>One answered step on "Check your answers": its title, each answer in words, and the state before it
/// (the address of its "Change" link).</summary>
public sealed record CheckedStep(string Title, IReadOnlyList<(string Question, string Answer)> Answers, string ChangeToken)
{
    public static IReadOnlyList<CheckedStep> All(KnowledgeText text, InterviewState state, Func<InterviewState, string> protect, Func<string, string?> titleOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(protect);
        ArgumentNullException.ThrowIfNull(titleOf);
        var sex = state.Sex ?? "prefer not to say";
        var steps = new List<CheckedStep>
        {
            new("About you", [("Age", state.Age?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"), ("Sex", char.ToUpperInvariant(sex[0]) + sex[1..])], protect(InterviewState.Start)),
        };
        for (var i = 0; i < state.Steps.Count; i++)
        {
            var step = state.Steps[i];
            var before = state with { Steps = state.Steps.Take(i).ToArray() };
            var answers = step.StepId == "bodymap"
                ? BodyMapLines(text, step)
                : step.Answers.Select(a => (text.Question(a.Key), a.Value is null ? "Not sure" : text.AnswerWords(a.Key, a.Value))).ToList();
            steps.Add(new(step.StepId == "bodymap" ? "Where it hurts" : titleOf(step.StepId) ?? "Your answers", answers, protect(before)));
        }

        return steps;
    }

    private static List<(string Question, string Answer)> BodyMapLines(KnowledgeText text, AnsweredStep step)
    {
        var where = string.Join(", ", step.Answers.Where(a => a.Value == "true").Select(a => text.Question(a.Key)));
        var lines = new List<(string Question, string Answer)> { ("Where it hurts", where.Length > 0 ? where : "nowhere marked") };
        if (step.Answers.GetValueOrDefault(PainSide.Code) is { } side)
        {
            lines.Add(("Which side", text.AnswerWords(PainSide.Code, side)));
        }

        return lines;
    }
}
