using System.Globalization;
using System.Text;
using HipSpine.Engine.Vocabulary;
using RulesEngine.Models;
using YamlDotNet.RepresentationModel;
using static HipSpine.Bench.RulesEngineComparison.ExpressionText;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>
/// Translates <c>knowledge/red-flags/*.yaml</c> (the condition grammar of docs/knowledge-format.md) into
/// RulesEngine lambda-expression rules over a <see cref="TriageInput"/> named <c>input</c>. It reads the YAML
/// itself (YamlDotNet), independently of HipSpine's condition parser, so the equivalence check compares two
/// separate readings of the same files.
/// </summary>
/// <remarks>
/// Three-valued (Kleene) logic is kept without helper methods: every condition C is emitted as two plain
/// boolean expressions, <c>T(C)</c> "C is definitely true" and <c>F(C)</c> "C is definitely false"
/// (unknown = neither). A rule fires when <c>T(when)</c> holds.
/// <list type="bullet">
/// <item>finding: T = answered and matching; F = answered and not matching (unanswered: both false; a number
/// condition with <c>orUnanswered: true</c> is T when unanswered).</item>
/// <item>all: T = every T; F = any F. any: T = any T; F = every F.</item>
/// <item>atLeast k of n: T = (count of T) &gt;= k; F = (count of not-F) &lt; k, i.e. too few could still be true.</item>
/// <item>not C: T = F(C); F = T(C).</item>
/// </list>
/// The manifest's <c>painSiteCompletions</c> (an unknown pain site is never reassurance) is modelled in the
/// expressions too: when no <c>where.*</c> finding is answered yes, a rule also fires if T(when) holds with each
/// unanswered completion site read as yes (at least one of them unanswered). A site read as yes is the literal
/// <c>true</c> in place of its look-up, so the other sites keep their answers.
/// </remarks>
public sealed class RulesEngineTranslator(ContractVocabulary vocabulary)
{
    public const string WorkflowName = "RedFlags";
    public const string InputName = "input";

    private const string Answers = InputName + ".Answers";
    private const string Choices = InputName + ".Choices";
    private const string DurationFinding = "episode.duration_days";

    /// <summary>Every rule of <c>red-flags/</c>, most urgent first then by id (HipSpine's order).</summary>
    /// <param name="knowledgeDirectory">The knowledge folder.</param>
    /// <param name="duration">
    /// The duration completion to translate instead of the manifest's (the tests use it to build a wrong
    /// translation); null reads the manifest.
    /// </param>
    public IReadOnlyList<TranslatedRule> TranslateFolder(string knowledgeDirectory, DurationCompletionSettings? duration = null)
    {
        var completions = ManifestList(knowledgeDirectory, "painSiteCompletions");
        foreach (var site in completions)
        {
            if (!site.StartsWith("where.", StringComparison.Ordinal) || vocabulary.FindFinding(site)?.Type != FindingType.Bool)
            {
                throw new InvalidOperationException($"painSiteCompletions: '{site}' is not a yes/no where.* finding");
            }
        }

        duration ??= DurationCompletionSettings.Read(knowledgeDirectory);
        var rules = new List<TranslatedRule>();
        foreach (var file in Directory.GetFiles(Path.Combine(knowledgeDirectory, "red-flags"), "*.yaml"))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            var id = Scalar(root, "id");
            var urgency = Scalar(root, "urgency");
            var rank = Urgency.Rank(urgency);
            if (rank < 0)
            {
                throw new InvalidOperationException($"{file}: unknown urgency '{urgency}'");
            }

            var when = root.Children[new YamlScalarNode("when")];
            var site = SiteCompletion(when, completions, default);
            var completed = duration is not null && duration.AppliesTo(urgency)
                ? new Assumed(null, duration.Days, duration.PatientAnswersOnly)
                : (Assumed?)null;
            rules.Add(new TranslatedRule(id, urgency, rank, True(when), site, DurationCompletion(when, completions, completed, site, duration?.NotWhen ?? [])));
        }

        return rules.OrderBy(r => r.UrgencyRank).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The RulesEngine workflow: one lambda-expression rule per red-flag rule, in the given order.</summary>
    public static Workflow ToWorkflow(IEnumerable<TranslatedRule> rules) => new()
    {
        WorkflowName = WorkflowName,
        Rules = rules.Select(r => new Rule
        {
            RuleName = r.Id,
            SuccessEvent = r.Urgency,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = r.Expression,
        }).ToList(),
    };

    /// <summary>T(C): an expression true exactly when the condition is definitely true.</summary>
    public string True(YamlNode node) => Translate(node, wantTrue: true, assumed: default);

    /// <summary>F(C): an expression true exactly when the condition is definitely false.</summary>
    public string False(YamlNode node) => Translate(node, wantTrue: false, assumed: default);

    /// <summary>
    /// "No site given, and the rule is true whichever unanswered completion site it were": null when the rule
    /// reads none of the completion sites (reading one as yes would leave T(when) as it is).
    /// </summary>
    private string? SiteCompletion(YamlNode when, IReadOnlyList<string> completions, Assumed baseline)
    {
        var plain = Translate(when, wantTrue: true, assumed: baseline);
        var withSite = completions.Select(site => (Site: site, True: Translate(when, wantTrue: true, assumed: baseline with { Site = site }))).ToArray();
        if (withSite.All(s => s.True == plain))
        {
            return null;
        }

        var noSiteYes = vocabulary.Findings
            .Where(f => f.Code.StartsWith("where.", StringComparison.Ordinal) && f.Type == FindingType.Bool)
            .Select(f => $"!({Answers}.ContainsKey({Quote(f.Code)}) && {Answers}[{Quote(f.Code)}] == 1)");
        var someUnanswered = completions.Select(site => $"!{Answers}.ContainsKey({Quote(site)})");
        var eachTrue = withSite.Select(s => $"({Answers}.ContainsKey({Quote(s.Site)}) || {s.True})");
        return Join([Join(noSiteYes, " && "), Join(someUnanswered, " || "), .. eachTrue], " && ");
    }

    /// <summary>
    /// "No duration given, and the rule is true (plainly or with the site completed) with the duration and the
    /// answers read as <paramref name="completed"/> says": null when the rule is not completed (no completion, an
    /// urgency the manifest does not list) or does not read the duration.
    /// </summary>
    private string? DurationCompletion(YamlNode when, IReadOnlyList<string> completions, Assumed? completed, string? site, IReadOnlyList<string> notWhen)
    {
        if (completed is not { } assumed)
        {
            return null;
        }

        var plain = Translate(when, wantTrue: true, assumed: assumed);
        var withSite = SiteCompletion(when, completions, assumed);
        if (!ReadsDuration(when) || (plain == True(when) && withSite == site))
        {
            return null;
        }

        var either = withSite is null ? plain : $"({plain} || {withSite})";
        // An answer that says the pain is not new keeps the duration from being completed.
        var notNew = string.Concat(notWhen.Select(code => $" && !({Answers}.ContainsKey({Quote(code)}) && {Answers}[{Quote(code)}] == 1)"));
        return $"(!{Answers}.ContainsKey({Quote(DurationFinding)}){notNew} && {either})";
    }

    /// <summary>Whether the condition reads the duration anywhere (only then can its completion change it).</summary>
    private static bool ReadsDuration(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.Any(c => (c.Key is YamlScalarNode { Value: "finding" } && c.Value is YamlScalarNode { Value: DurationFinding })
            || ReadsDuration(c.Value)),
        YamlSequenceNode list => list.Children.Any(ReadsDuration),
        _ => false,
    };

    /// <summary>A list of codes from <c>manifest.yaml</c> (empty when the key is absent).</summary>
    public static IReadOnlyList<string> ManifestList(string knowledgeDirectory, string key)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(knowledgeDirectory, "manifest.yaml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToArray()
            : [];
    }

    private string Translate(YamlNode node, bool wantTrue, Assumed assumed)
    {
        var map = node as YamlMappingNode ?? throw new InvalidOperationException($"{node.Start}: a condition must be a mapping");
        if (Has(map, "finding"))
        {
            return Finding(map, wantTrue, assumed);
        }

        if (Has(map, "age"))
        {
            var age = (YamlMappingNode)map.Children[new YamlScalarNode("age")];
            var bounds = Range($"{InputName}.Age", OptionalInt(age, "min"), OptionalInt(age, "max"));
            return wantTrue ? bounds : $"!{bounds}";
        }

        if (Has(map, "sex"))
        {
            var sex = Quote(Scalar(map, "sex"));
            var orUnanswered = OrUnanswered(map);
            return wantTrue
                ? orUnanswered ? $"({InputName}.Sex == null || {InputName}.Sex == {sex})" : $"({InputName}.Sex == {sex})"
                : $"({InputName}.Sex != null && {InputName}.Sex != {sex})";
        }

        if (Has(map, "all"))
        {
            var parts = Parts(map, "all");
            return AtLeast(parts.Count, parts, wantTrue, assumed);
        }

        if (Has(map, "any"))
        {
            return AtLeast(1, Parts(map, "any"), wantTrue, assumed);
        }

        if (Has(map, "atLeast"))
        {
            return AtLeast(Int(map, "atLeast"), Parts(map, "of"), wantTrue, assumed);
        }

        if (Has(map, "not"))
        {
            return Translate(map.Children[new YamlScalarNode("not")], !wantTrue, assumed);
        }

        throw new InvalidOperationException($"{node.Start}: unknown condition shape");
    }

    private string Finding(YamlMappingNode map, bool wantTrue, Assumed assumed)
    {
        var code = Scalar(map, "finding");
        var definition = vocabulary.FindFinding(code) ?? throw new InvalidOperationException($"{map.Start}: unknown finding '{code}'");
        if (assumed.PatientAnswersOnly && definition.IsClinicianOnly)
        {
            // Read as unanswered: neither definitely true nor definitely false, unless unanswered counts as true.
            return wantTrue && OrUnanswered(map) ? "(true)" : "(false)";
        }

        var key = Quote(code);
        switch (definition.Type)
        {
            case FindingType.Bool:
            {
                var expected = !Has(map, "is") || bool.Parse(Scalar(map, "is"));
                if (code == assumed.Site)
                {
                    // Read as answered yes: T holds when yes is expected, F when no is.
                    return wantTrue == expected ? "(true)" : "(false)";
                }

                var value = $"{Answers}[{key}]";
                return Answered(Answers, key, $"{value} == {(expected ? 1 : 0)}", wantTrue, OrUnanswered(map));
            }

            case FindingType.Int:
            {
                if (code == DurationFinding && assumed.Days is { } days)
                {
                    // Read as answered with the completion duration: the bounds are decided here.
                    var holds = (OptionalInt(map, "min") is not { } lo || days >= lo) && (OptionalInt(map, "max") is not { } hi || days <= hi);
                    return holds == wantTrue ? "(true)" : "(false)";
                }

                var inside = Range($"{Answers}[{key}]", OptionalInt(map, "min"), OptionalInt(map, "max"));
                return Answered(Answers, key, inside, wantTrue, OrUnanswered(map));
            }

            default:
            {
                var values = ((YamlSequenceNode)map.Children[new YamlScalarNode("in")]).Children
                    .Select(v => ((YamlScalarNode)v).Value ?? "")
                    .ToArray();
                foreach (var v in values)
                {
                    if (!definition.Values.Contains(v, StringComparer.Ordinal))
                    {
                        throw new InvalidOperationException($"{map.Start}: '{v}' is not a value of '{code}'");
                    }
                }

                var value = $"{Choices}[{key}]";
                var inside = "(" + string.Join(" || ", values.Select(v => $"{value} == {Quote(v)}")) + ")";
                return Answered(Choices, key, inside, wantTrue, OrUnanswered(map));
            }
        }
    }

    /// <summary>
    /// T or F of a finding test: T = answered and the test holds, F = answered and it does not. With
    /// <c>orUnanswered</c> (a line that only narrows) T also holds when the question is unanswered.
    /// </summary>
    private static string Answered(string dictionary, string key, string test, bool wantTrue, bool orUnanswered) =>
        wantTrue && orUnanswered
            ? $"(!{dictionary}.ContainsKey({key}) || {test})"
            : $"({dictionary}.ContainsKey({key}) && {(wantTrue ? test : "!(" + test + ")")})";

    /// <summary>
    /// "At least k of the parts". k = n is <c>all</c>, k = 1 is <c>any</c>; both become plain &amp;&amp; / ||,
    /// anything between counts with <c>iif</c>.
    /// </summary>
    private string AtLeast(int k, IReadOnlyList<YamlNode> parts, bool wantTrue, Assumed assumed)
    {
        if (k == parts.Count)
        {
            // all: T = every part true; F = some part false.
            return Join(parts.Select(p => Translate(p, wantTrue, assumed)), wantTrue ? " && " : " || ");
        }

        if (k == 1)
        {
            // any: T = some part true; F = every part false.
            return Join(parts.Select(p => Translate(p, wantTrue, assumed)), wantTrue ? " || " : " && ");
        }

        var sb = new StringBuilder("(");
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(" + ");
            }

            // T counts the parts that are true; F counts the parts that could still be true (not false).
            sb.Append(wantTrue ? $"iif({Translate(parts[i], true, assumed)}, 1, 0)" : $"iif({Translate(parts[i], false, assumed)}, 0, 1)");
        }

        sb.Append(wantTrue ? " >= " : " < ").Append(k.ToString(CultureInfo.InvariantCulture)).Append(')');
        return sb.ToString();
    }
}
