using System.Globalization;
using System.Text.Json;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Cases;

/// <summary>
/// Validates one case object against the contract: age 10-120 required, sex and setting optional, findings keyed by
/// vocabulary code with the declared type and range. Collects every problem; a case with any problem
/// yields no <see cref="AssessmentCase"/>. A finding whose value is <c>null</c> is treated as unknown.
/// </summary>
public static class CaseValidator
{
    public const int MinAge = 10;
    public const int MaxAge = 120;

    private static readonly string[] TopLevelKeys = ["id", "age", "sex", "setting", "findings"];
    private static readonly string[] Sexes = ["female", "male", "other"];

    public static CaseReadResult Validate(JsonElement element, ContractVocabulary vocabulary, int position)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (JsonUnicode.FindLoneSurrogate(element) is { } broken)
        {
            // Checked first: such a string cannot even be read as the case's id for its label.
            var at = $"#{position.ToString(CultureInfo.InvariantCulture)}";
            return new CaseReadResult(position, at, null, [new CaseProblem(at, broken.Length == 0 ? "(case)" : broken, JsonUnicode.Problem)]);
        }

        var label = LabelOf(element, position);
        var problems = new List<CaseProblem>();
        void Problem(string field, string message) => problems.Add(new CaseProblem(label, field, message));

        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem("(case)", $"a case must be a JSON object, not {Describe(element.ValueKind)}");
            return new CaseReadResult(position, label, null, problems);
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!IsTopLevelKey(property))
            {
                Problem(property.Name, "unknown property (a case has id, age, sex, setting and findings)");
            }
        }

        string? id = null;
        if (element.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            if (idElement.ValueKind == JsonValueKind.String)
            {
                id = idElement.GetString();
            }
            else
            {
                Problem("id", "must be a string");
            }
        }

        var age = 0;
        if (!element.TryGetProperty("age", out var ageElement) || ageElement.ValueKind == JsonValueKind.Null)
        {
            Problem("age", "is required (whole years, 10-120)");
        }
        else if (ageElement.ValueKind != JsonValueKind.Number || !ageElement.TryGetInt32(out age))
        {
            Problem("age", $"must be a whole number of years, not {Show(ageElement)}");
        }
        else if (age is < MinAge or > MaxAge)
        {
            Problem("age", $"{age.ToString(CultureInfo.InvariantCulture)} is outside {MinAge}-{MaxAge}");
        }

        string? sex = null;
        if (element.TryGetProperty("sex", out var sexElement) && sexElement.ValueKind != JsonValueKind.Null)
        {
            sex = sexElement.ValueKind == JsonValueKind.String ? sexElement.GetString() : null;
            if (sex is null || IndexOf(Sexes, sex) < 0)
            {
                Problem("sex", $"must be female, male or other, not {Show(sexElement)}");
                sex = null;
            }
        }

        CareSetting? setting = null;
        if (element.TryGetProperty("setting", out var settingElement) && settingElement.ValueKind != JsonValueKind.Null)
        {
            setting = CareSettings.Parse(settingElement.ValueKind == JsonValueKind.String ? settingElement.GetString() : null);
            if (setting is null)
            {
                Problem("setting", $"must be {CareSettings.PrimaryCare} or {CareSettings.Emergency}, not {Show(settingElement)}");
            }
        }

        var values = new FindingValue[vocabulary.Findings.Count];
        if (element.TryGetProperty("findings", out var findings) && findings.ValueKind != JsonValueKind.Null)
        {
            if (findings.ValueKind != JsonValueKind.Object)
            {
                Problem("findings", $"must be an object keyed by finding code, not {Describe(findings.ValueKind)}");
            }
            else
            {
                foreach (var property in findings.EnumerateObject())
                {
                    var error = ReadFinding(vocabulary, property, values);
                    if (error is not null)
                    {
                        Problem($"findings.{property.Name}", error);
                    }
                }
            }
        }

        var assessmentCase = problems.Count == 0 ? new AssessmentCase(vocabulary, id, age, sex, values) { Setting = setting } : null;
        return new CaseReadResult(position, label, assessmentCase, problems);
    }

    /// <summary>Reads one finding into <paramref name="values"/>; returns an error message or null.</summary>
    private static string? ReadFinding(ContractVocabulary vocabulary, JsonProperty property, FindingValue[] values)
    {
        var definition = vocabulary.FindFinding(property.Name);
        if (definition is null)
        {
            return "unknown finding code (see vocabulary.json)";
        }

        var value = property.Value;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null; // explicit "not sure": stays unknown
        }

        switch (definition.Type)
        {
            case FindingType.Bool:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return $"must be true or false, not {Show(value)}";
                }

                values[definition.Index] = FindingValue.Of(value.GetBoolean());
                return null;
            case FindingType.Int:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
                {
                    return $"must be a whole number from {Range(definition)}, not {Show(value)}";
                }

                if (number < definition.Min || number > definition.Max)
                {
                    return $"{number.ToString(CultureInfo.InvariantCulture)} is outside {Range(definition)}";
                }

                values[definition.Index] = FindingValue.Of(number);
                return null;
            default:
                var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                var index = text is null ? -1 : IndexOf(definition.Values, text);
                if (index < 0)
                {
                    return $"must be one of {string.Join(", ", definition.Values)}, not {Show(value)}";
                }

                values[definition.Index] = FindingValue.Of(index);
                return null;
        }
    }

    /// <summary>Compares the UTF-8 name in place: a valid case allocates no strings for its top-level keys.</summary>
    private static bool IsTopLevelKey(JsonProperty property)
    {
        foreach (var key in TopLevelKeys)
        {
            if (property.NameEquals(key))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Range(FindingDefinition d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.Min}-{d.Max}");

    private static string LabelOf(JsonElement element, int position) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(id.GetString())
            ? $"'{id.GetString()}'"
            : $"#{position.ToString(CultureInfo.InvariantCulture)}";

    private static string Show(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length > 40 ? string.Concat(raw.AsSpan(0, 37), "...") : raw;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "something else",
    };
}
