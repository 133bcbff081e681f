using System.Text.RegularExpressions;
using HipSpine.Bench.RulesEngineComparison;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Knowledge;
using Xunit.Abstractions;

namespace HipSpine.Bench.Tests;

/// <summary>
/// The engine-vs-RulesEngine benchmark means something only while RulesEngine runs the same rules as HipSpine;
/// the check that proves it runs here, so a knowledge or contract change that the translation does not model
/// fails the tests instead of waiting for the next benchmark run. It takes about 15-30 s.
/// </summary>
public sealed partial class EquivalenceCheckTests(ITestOutputHelper output)
{
    [Fact]
    public void RulesEngine_fires_exactly_the_rules_HipSpine_fires_and_gives_the_same_urgency()
    {
        var summary = EquivalenceCheck.Run(RulesEngineSetup.Create());
        output.WriteLine(summary);

        Assert.StartsWith("Equivalence:", summary, StringComparison.Ordinal);
    }

    /// <summary>Wrong translations the check must catch (each fails on its first differing case).</summary>
    public static TheoryData<string> Mutations => [.. MutationsByName.Keys];

    [Theory]
    [MemberData(nameof(Mutations))]
    public void The_check_catches_a_wrong_translation(string mutation)
    {
        var setup = RulesEngineSetup.Create(MutationsByName[mutation]);

        var error = Assert.Throws<InvalidOperationException>(() => EquivalenceCheck.Run(setup));
        output.WriteLine(error.Message);

        // A difference between the two engines' answers, not a setup problem or an expression RulesEngine rejects.
        Assert.Contains("RulesEngine", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("RulesEngine errors", error.Message, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, Func<TranslatedRule, TranslatedRule>> MutationsByName = new(StringComparer.Ordinal)
    {
        // Knowledge 1.5.0: no pain site given, a rule that fires for the back and the hip fires.
        ["unknown pain site not completed"] = r => r with { SiteCompletion = null },
        ["pain site completed even when one is given"] = r => r.SiteCompletion is null
            ? r
            : r with { SiteCompletion = SiteAnsweredYes().Replace(r.SiteCompletion, "true") },
        // Knowledge 1.10.0: no duration given, an emergency rule that fires for new pain on the person's answers fires.
        ["unknown duration not completed"] = r => r with { DurationCompletion = null },
        ["unknown duration completed for every urgency"] = r => r with { DurationCompletion = Unrestricted(r.Id, patientAnswersOnly: true) },
        ["unknown duration completed on the clinician's findings too"] = r => r.DurationCompletion is null
            ? r
            : r with { DurationCompletion = Unrestricted(r.Id, patientAnswersOnly: false) },
        // Contract 1.1: one question fewer before self care.
        ["a self-care question forgotten"] = r => r.Id == AssessmentEngine.IncompleteAnswersRule
            ? r with { Condition = FirstQuestion().Replace(r.Condition, "", 1) }
            : r,
        ["a bound off by one (> for >=)"] = r => r with { Condition = r.Condition.Replace(" >= ", " > ", StringComparison.Ordinal) },
        ["atLeast needs one more"] = r => r with { Condition = AtLeastCount().Replace(r.Condition, m => $", 1, 0) >= {int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1})") },
        ["an unanswered yes/no finding read as yes"] = r => r with { Condition = AnsweredYes().Replace(r.Condition, "(!input.Answers.ContainsKey($1) || input.Answers[$1] == 1)") },
        ["an unknown sex matching"] = r => r with { Condition = r.Condition.Replace("(input.Sex == ", "(input.Sex == null || input.Sex == ", StringComparison.Ordinal) },
    };

    /// <summary>The rule's duration completion translated for every urgency (a wrong translation of 1.10.0).</summary>
    private static string? Unrestricted(string ruleId, bool patientAnswersOnly) =>
        (patientAnswersOnly ? UnrestrictedOnAnswers : UnrestrictedOnAll).Value.GetValueOrDefault(ruleId);

    private static readonly Lazy<Dictionary<string, string?>> UnrestrictedOnAnswers = new(() => TranslateUnrestricted(true));
    private static readonly Lazy<Dictionary<string, string?>> UnrestrictedOnAll = new(() => TranslateUnrestricted(false));

    private static Dictionary<string, string?> TranslateUnrestricted(bool patientAnswersOnly)
    {
        var directory = KnowledgeLoader.Locate();
        var knowledge = KnowledgeLoader.LoadOrThrow(directory);
        var wrong = DurationCompletionSettings.Read(directory)! with { Urgencies = [], PatientAnswersOnly = patientAnswersOnly };
        return new RulesEngineTranslator(knowledge.Vocabulary).TranslateFolder(directory, wrong)
            .ToDictionary(r => r.Id, r => r.DurationCompletion, StringComparer.Ordinal);
    }

    [GeneratedRegex("""!\(input\.Answers\.ContainsKey\("where\.[a-z_]+"\) && input\.Answers\["where\.[a-z_]+"\] == 1\)""")]
    private static partial Regex SiteAnsweredYes();

    [GeneratedRegex("""input\.\w+\.ContainsKey\("[^"]+"\) && """)]
    private static partial Regex FirstQuestion();

    [GeneratedRegex(""", 1, 0\) >= (\d+)\)""")]
    private static partial Regex AtLeastCount();

    [GeneratedRegex("""\(input\.Answers\.ContainsKey\(("[^"]+")\) && input\.Answers\[\1\] == 1\)""")]
    private static partial Regex AnsweredYes();
}
