using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Cases;

/// <summary>
/// A validated case: the person's age and sex and their answered findings, indexed by the vocabulary's
/// finding order. Unanswered findings are unknown (not false).
/// </summary>
public sealed class AssessmentCase
{
    private readonly FindingValue[] values;

    public AssessmentCase(ContractVocabulary vocabulary, string? id, int age, string? sex, FindingValue[] values)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != vocabulary.Findings.Count)
        {
            throw new ArgumentException("One value slot per vocabulary finding is required.", nameof(values));
        }

        Vocabulary = vocabulary;
        Id = id;
        Age = age;
        Sex = sex;
        this.values = values;
    }

    public ContractVocabulary Vocabulary { get; }
    public string? Id { get; }
    public int Age { get; }
    public string? Sex { get; }

    /// <summary>
    /// Where this person is asking, when the case says so; null means the engine's configured setting. Priors differ
    /// by setting, so a case written from an emergency-department presentation can be ranked with that setting's figures.
    /// </summary>
    public CareSetting? Setting { get; init; }

    public FindingValue this[int findingIndex] => values[findingIndex];

    public FindingValue Get(string code) =>
        Vocabulary.FindFinding(code) is { } f ? values[f.Index] : FindingValue.Unknown;

    public bool IsKnown(string code) => Get(code).IsKnown;

    /// <summary>The answered findings as contract values (bool, int or choice string), in vocabulary order.</summary>
    public IEnumerable<KeyValuePair<string, object>> AnsweredFindings()
    {
        foreach (var f in Vocabulary.Findings)
        {
            if (values[f.Index].IsKnown)
            {
                yield return new(f.Code, ToContractValue(f, values[f.Index]));
            }
        }
    }

    /// <summary>A copy with one finding set (or cleared with <see cref="FindingValue.Unknown"/>).</summary>
    public AssessmentCase With(int findingIndex, FindingValue value)
    {
        var copy = (FindingValue[])values.Clone();
        copy[findingIndex] = value;
        return new AssessmentCase(Vocabulary, Id, Age, Sex, copy) { Setting = Setting };
    }

    /// <summary>A copy that asks from another setting (null: the engine's configured one).</summary>
    public AssessmentCase WithSetting(CareSetting? setting) => new(Vocabulary, Id, Age, Sex, values) { Setting = setting };

    /// <summary>Converts a stored value back to its contract form: bool, int or the choice string.</summary>
    public static object ToContractValue(FindingDefinition finding, FindingValue value)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Type switch
        {
            FindingType.Bool => value.AsBool,
            FindingType.Int => value.Number,
            _ => finding.Values[value.Number],
        };
    }
}
