using System.Globalization;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Interview;

/// <summary>Turns interview answers (text from a form) into finding values, and an interview state into a case.</summary>
public static class InterviewAnswers
{
    /// <summary>Parses one answer; null text is "not sure". Returns an error message or null.</summary>
    public static string? TryParse(FindingDefinition finding, string? text, out FindingValue value)
    {
        ArgumentNullException.ThrowIfNull(finding);
        value = FindingValue.Unknown;
        if (text is null)
        {
            return null;
        }

        switch (finding.Type)
        {
            case FindingType.Bool when text is "true" or "false":
                value = FindingValue.Of(text == "true");
                return null;
            case FindingType.Bool:
                return "must be yes, no or not sure";
            case FindingType.Int when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n):
                if (n < finding.Min || n > finding.Max)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {finding.Min} to {finding.Max}");
                }

                value = FindingValue.Of(n);
                return null;
            case FindingType.Int:
                return string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {finding.Min} to {finding.Max}");
            default:
                var index = finding.Values.ToList().IndexOf(text);
                if (index < 0)
                {
                    return "must be one of " + string.Join(", ", finding.Values);
                }

                value = FindingValue.Of(index);
                return null;
        }
    }

    /// <summary>The case the answers describe (later answers to the same finding win).</summary>
    public static AssessmentCase ToCase(KnowledgeBase knowledge, InterviewState state, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(state);
        var values = new FindingValue[knowledge.Vocabulary.Findings.Count];
        foreach (var (code, text) in state.Steps.SelectMany(s => s.Answers))
        {
            var finding = knowledge.Vocabulary.FindFinding(code)
                ?? throw new ArgumentException($"unknown finding '{code}' in the interview state", nameof(state));
            if (TryParse(finding, text, out var value) is { } error)
            {
                throw new ArgumentException($"{code}: {error}", nameof(state));
            }

            values[finding.Index] = value;
        }

        return new AssessmentCase(knowledge.Vocabulary, id, state.Age ?? CaseValidator.MinAge, state.Sex, values);
    }
}
