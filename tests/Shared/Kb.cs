using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;
namespace HipSpine.Tests.Shared;

/// <summary>
/// The real knowledge base, loaded once per test assembly: it is immutable, so sharing it between tests shares
/// no mutable state. Every test project compiles this one file (tests/Directory.Build.props).
/// </summary>
internal static class Kb
{
    private static readonly Lazy<KnowledgeBase> Lazy = new(() => KnowledgeLoader.LoadOrThrow(RepoPaths.Knowledge));

    public static KnowledgeBase Knowledge => Lazy.Value;

    public static AssessmentEngine Engine { get; } = new(Knowledge);

    /// <summary>Builds a valid case from JSON text, failing the test with the problems if it is invalid.</summary>
    public static AssessmentCase Case(string json)
    {
        var read = CaseReader.ReadAll(json, Knowledge.Vocabulary).Single();
        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        return read.Case!;
    }

    public static AssessmentCase Case(int age, string? sex, params (string Code, object Value)[] findings)
    {
        var values = new FindingValue[Knowledge.Vocabulary.Findings.Count];
        foreach (var (code, value) in findings)
        {
            var definition = Knowledge.Vocabulary.FindFinding(code) ?? throw new ArgumentException("unknown code " + code);
            values[definition.Index] = value switch
            {
                bool b => FindingValue.Of(b),
                int i => FindingValue.Of(i),
                string s => FindingValue.Of(definition.Values.ToList().IndexOf(s)),
                _ => throw new ArgumentException("bad value for " + code),
            };
        }

        return new AssessmentCase(Knowledge.Vocabulary, "test", age, sex, values);
    }

    /// <summary>The urgency the engine gives the case built from these findings.</summary>
    public static string UrgencyOf(int age, string? sex, params (string Code, object Value)[] findings) =>
        Engine.Assess(Case(age, sex, findings)).Urgency;

    /// <summary>Whether the rule is among the reasons for the urgency of the case built from these findings.</summary>
    public static bool Fires(string rule, int age, string? sex, params (string Code, object Value)[] findings) =>
        Engine.Assess(Case(age, sex, findings)).UrgencyReasons.Any(r => r.Rule == rule);

    /// <summary>
    /// The result is at least urgent and names <paramref name="source"/> among what doctors must rule out, and, when a
    /// rule is given, that rule is among its reasons: what every "seen within a day" red-flag criterion promises.
    /// </summary>
    public static void AssertSeenWithinADay(AssessmentResult result, string source, string? rule = null)
    {
        if (rule is not null)
        {
            Assert.Contains(result.UrgencyReasons, r => r.Rule == rule);
        }

        Assert.True(Urgency.Rank(result.Urgency) <= Urgency.Rank(Urgency.Urgent), result.Urgency);
        Assert.Contains(result.MustRuleOut, m => m.Id == source);
    }

    /// <summary>An emergency that names the source among what doctors must rule out (and the rule, when given).</summary>
    public static void AssertEmergency(AssessmentResult result, string source, string? rule = null)
    {
        if (rule is not null)
        {
            Assert.Contains(result.UrgencyReasons, r => r.Rule == rule);
        }

        Assert.Equal(Urgency.Emergency, result.Urgency);
        Assert.Contains(result.MustRuleOut, m => m.Id == source);
    }
}
