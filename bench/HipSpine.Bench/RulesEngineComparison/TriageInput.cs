using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>
/// The object RulesEngine rules read (rule parameter <c>input</c>): the person's age and sex, and only the
/// ANSWERED findings. A finding missing from <see cref="Answers"/> / <see cref="Choices"/> is unknown, and the
/// translated expressions test <c>ContainsKey</c> before reading a value, so unknown is never true.
/// </summary>
public sealed class TriageInput
{
    private TriageInput(int age, string? sex, Dictionary<string, int> answers, Dictionary<string, string> choices)
    {
        Age = age;
        Sex = sex;
        Answers = answers;
        Choices = choices;
    }

    public int Age { get; }

    /// <summary>female, male, other, or null when not given (unknown).</summary>
    public string? Sex { get; }

    /// <summary>Answered bool findings (0 = no, 1 = yes) and int findings (their value), by finding code.</summary>
    public Dictionary<string, int> Answers { get; }

    /// <summary>Answered choice findings, by finding code, as the vocabulary's value string.</summary>
    public Dictionary<string, string> Choices { get; }

    /// <summary>The same answers as a HipSpine case, in the shape RulesEngine reads.</summary>
    public static TriageInput From(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        var choices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in subject.Vocabulary.Findings)
        {
            var value = subject[finding.Index];
            if (!value.IsKnown)
            {
                continue;
            }

            if (finding.Type == FindingType.Choice)
            {
                choices.Add(finding.Code, finding.Values[value.Number]);
            }
            else
            {
                answers.Add(finding.Code, value.Number);
            }
        }

        return new TriageInput(subject.Age, subject.Sex, answers, choices);
    }
}
