using HipSpine.Engine.Conditions;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>
/// Turns a YAML condition (docs/knowledge-format.md) into a compiled <see cref="Condition"/>, checking every
/// finding code, type, bound and choice against the vocabulary. Returns null (after reporting) when invalid.
/// </summary>
internal sealed class ConditionParser(ContractVocabulary vocabulary)
{
    private static readonly string[] Shapes = ["finding", "age", "sex", "all", "any", "atLeast", "not"];

    public Condition? Parse(YamlNode node)
    {
        if (!node.IsMapping)
        {
            node.Error(DiagnosticCodes.MalformedCondition, "a condition must be a mapping such as {finding: CODE}");
            return null;
        }

        var shapes = node.Keys.Where(k => Shapes.Contains(k, StringComparer.Ordinal)).ToArray();
        if (shapes.Length != 1)
        {
            node.Error(DiagnosticCodes.MalformedCondition,
                $"a condition needs exactly one of {string.Join(", ", Shapes)} (found: {(shapes.Length == 0 ? "none" : string.Join(", ", shapes))})");
            return null;
        }

        return shapes[0] switch
        {
            "finding" => ParseFinding(node),
            "age" => ParseAge(node),
            "sex" => ParseSex(node),
            "all" => ParseList(node, "all") is { } all ? new AllCondition(all) : null,
            "any" => ParseList(node, "any") is { } any ? AnyCondition.Create(any) : null,
            "atLeast" => ParseAtLeast(node),
            _ => ParseNot(node),
        };
    }

    private Condition? ParseFinding(YamlNode node)
    {
        node.AllowOnly("finding", "is", "min", "max", "in", "orUnanswered");
        var code = node.String("finding");
        if (code is null)
        {
            return null;
        }

        var definition = vocabulary.FindFinding(code);
        if (definition is null)
        {
            node.Child("finding")!.Value.Error(DiagnosticCodes.UnknownFinding, $"unknown finding '{code}'");
            return null;
        }

        return definition.Type switch
        {
            FindingType.Bool => ParseBool(node, definition),
            FindingType.Int => ParseInt(node, definition),
            _ => ParseChoice(node, definition),
        };
    }

    private static Condition? ParseBool(YamlNode node, FindingDefinition definition)
    {
        if (node.Child("min") is not null || node.Child("max") is not null || node.Child("in") is not null)
        {
            node.Error(DiagnosticCodes.ConditionTypeMismatch, $"'{definition.Code}' is a bool finding: use {{finding: X}} or is: false");
            return null;
        }

        var expected = node.Bool("is") ?? true;
        return new BoolFindingCondition(definition.Index, definition.Code, expected, node.Bool("orUnanswered") ?? false);
    }

    private static Condition? ParseInt(YamlNode node, FindingDefinition definition)
    {
        if (node.Child("is") is not null || node.Child("in") is not null || (node.Child("min") is null && node.Child("max") is null))
        {
            node.Error(DiagnosticCodes.ConditionTypeMismatch, $"'{definition.Code}' is an int finding: give min and/or max");
            return null;
        }

        var min = node.Child("min")?.AsInt() ?? definition.Min;
        var max = node.Child("max")?.AsInt() ?? definition.Max;
        if (min < definition.Min || max > definition.Max || min > max)
        {
            node.Error(DiagnosticCodes.OutOfRange, $"bounds {min}..{max} do not fit the range {definition.Min}..{definition.Max} of '{definition.Code}'");
            return null;
        }

        return new IntFindingCondition(definition.Index, definition.Code, min, max, node.Bool("orUnanswered") ?? false);
    }

    private static Condition? ParseChoice(YamlNode node, FindingDefinition definition)
    {
        var list = node.Child("in");
        if (list is null || node.Child("is") is not null || node.Child("min") is not null || node.Child("max") is not null)
        {
            node.Error(DiagnosticCodes.ConditionTypeMismatch, $"'{definition.Code}' is a choice finding: use in: [{string.Join(", ", definition.Values)}]");
            return null;
        }

        var allowed = new List<int>();
        foreach (var item in list.Value.Items())
        {
            var value = item.Scalar() ?? "";
            var index = definition.Values.ToList().IndexOf(value);
            if (index < 0)
            {
                item.Error(DiagnosticCodes.ConditionTypeMismatch, $"'{value}' is not a value of '{definition.Code}' ({string.Join(", ", definition.Values)})");
                return null;
            }

            allowed.Add(index);
        }

        return new ChoiceFindingCondition(definition.Index, definition.Code, [.. allowed], node.Bool("orUnanswered") ?? false);
    }

    private static Condition? ParseAge(YamlNode node)
    {
        node.AllowOnly("age");
        var age = node.Child("age")!.Value;
        age.AllowOnly("min", "max");
        var min = age.Child("min")?.AsInt() ?? 0;
        var max = age.Child("max")?.AsInt() ?? 200;
        if (min > max)
        {
            age.Error(DiagnosticCodes.Unreachable, $"age min {min} is above max {max}: never true");
            return null;
        }

        return new AgeCondition(min, max);
    }

    private static Condition? ParseSex(YamlNode node)
    {
        node.AllowOnly("sex", "orUnanswered");
        var sex = node.String("sex");
        if (sex is not ("female" or "male" or "other"))
        {
            node.Error(DiagnosticCodes.OutOfRange, $"sex must be female, male or other, not '{sex}'");
            return null;
        }

        return new SexCondition(sex, node.Bool("orUnanswered") ?? false);
    }

    private Condition[]? ParseList(YamlNode node, string key)
    {
        if (key != "of")
        {
            node.AllowOnly(key);
        }

        var items = node.Child(key)!.Value.Items();
        if (items.Count == 0)
        {
            node.Error(DiagnosticCodes.Unreachable, $"'{key}' has no parts");
            return null;
        }

        var parts = items.Select(Parse).ToArray();
        return parts.Any(p => p is null) ? null : parts.Select(p => p!).ToArray();
    }

    private Condition? ParseAtLeast(YamlNode node)
    {
        node.AllowOnly("atLeast", "of");
        var k = node.Child("atLeast")!.Value.AsInt();
        if (node.Child("of") is null)
        {
            node.Error(DiagnosticCodes.MissingKey, "atLeast needs 'of: [...]'");
            return null;
        }

        var parts = ParseList(node, "of");
        if (k is null || parts is null)
        {
            return null;
        }

        if (k < 1 || k > parts.Length)
        {
            node.Error(DiagnosticCodes.Unreachable, $"atLeast {k} of {parts.Length} parts can never be true");
            return null;
        }

        return new AtLeastCondition(k.Value, parts);
    }

    private Condition? ParseNot(YamlNode node)
    {
        node.AllowOnly("not");
        var inner = Parse(node.Child("not")!.Value);
        return inner is null ? null : new NotCondition(inner);
    }
}
