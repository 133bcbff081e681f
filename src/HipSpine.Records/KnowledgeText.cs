using System.Globalization;
using System.Text.Json;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Records;

/// <summary>Plain words for codes, values and numbers, taken from the knowledge base so pages agree with it.</summary>
public sealed class KnowledgeText(KnowledgeBase knowledge)
{
    private static readonly Dictionary<string, string> GroupTitles = new(StringComparer.Ordinal)
    {
        ["where"] = "Where it hurts",
        ["pain"] = "The pain",
        ["episode"] = "How it started and how long it has lasted",
        ["stiffness"] = "Stiffness",
        ["func"] = "Walking and daily activities",
        ["neuro"] = "Nerves: numbness, weakness, bladder and bowel",
        ["systemic"] = "Feeling unwell",
        ["local"] = "The joint itself",
        ["hx"] = "Your health history",
        ["vascular"] = "Circulation",
        ["visceral"] = "Belly and kidneys",
        ["psych"] = "Mood and worries",
    };

    public KnowledgeBase Knowledge => knowledge;

    /// <summary>The first part of a finding code names its knowledge file (<c>pain.severity_now</c> is in pain.yaml).</summary>
    public static string GroupOf(string code) => code[..code.IndexOf('.', StringComparison.Ordinal)];

    public static string GroupTitle(string group) => GroupTitles.GetValueOrDefault(group) ?? group;

    public string Question(string code) => knowledge.FindQuestion(code)?.Question ?? code;

    /// <summary>The vocabulary's one-line meaning of a finding (plain enough for lists of symptoms).</summary>
    public string Meaning(string code) => knowledge.Vocabulary.FindFinding(code)?.Meaning ?? code;

    public string SourceName(string id) => knowledge.Vocabulary.FindSource(id)?.Name ?? id;

    public string SourceSummary(string id) => knowledge.Sources.FirstOrDefault(s => s.Id == id)?.Summary ?? "";

    public string UrgencyMeaning(string urgency) =>
        knowledge.Vocabulary.Urgencies.FirstOrDefault(u => u.Id == urgency)?.Meaning ?? "";

    public static string UrgencyTitle(string urgency) => urgency switch
    {
        Urgency.Emergency => "Emergency: get help now",
        Urgency.Urgent => "Urgent: see a doctor within 24 hours",
        Urgency.Soon => "Soon: see a doctor or physiotherapist within 1-2 weeks",
        _ => "Self-care: you can look after this at home for now",
    };

    /// <summary>A probability as words: "likely" at the knowledge base's own threshold.</summary>
    public string ProbabilityWords(double p) =>
        p >= knowledge.Manifest.LikelyThreshold ? "likely" : p >= 0.15 ? "possible" : "less likely";

    public static string Percent(double p) => Math.Round(p * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string PatternWords(PainPattern pattern) => pattern switch
    {
        PainPattern.HipDriven => "Your hip seems to be the main driver. Treating the hip first often helps the back as well.",
        PainPattern.SpineDriven => "Your back seems to be the main driver. The pain in your hip, buttock or groin is probably travelling from the spine, so treating the back comes first.",
        PainPattern.Combined => "Your hip and your back both seem to play a part. Both usually need attention.",
        PainPattern.Unclear => "From these answers it is not clear whether the hip or the back is the main driver. An examination will help tell them apart.",
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "not a pattern"),
    };

    /// <summary>A number in its clinical unit: 10°, 38.5 °C, 1 point, 3 days (a unit word in the singular for 1).</summary>
    public static string NumberWords(int n, string unit) => unit switch
    {
        "degrees" => string.Create(CultureInfo.InvariantCulture, $"{n}°"),
        "tenths of a degree C" => string.Create(CultureInfo.InvariantCulture, $"{n / 10.0:0.0} °C"),
        "count" => n.ToString(CultureInfo.InvariantCulture),
        _ when n == 1 && unit.EndsWith('s') => "1 " + unit[..^1],
        _ => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}"),
    };

    /// <summary>A finding and its value for a clinician: "Passive hip internal rotation (degrees): 10°" in its clinician wording.</summary>
    public string FindingWords(string code, object? value)
    {
        var question = knowledge.FindQuestion(code);
        var label = question?.Clinician is { Length: > 0 } clinician ? clinician : question?.Question ?? code;
        return label + ": " + AnswerWords(code, value);
    }

    /// <summary>An answer in words: Yes/No, a number with its unit, or the knowledge's label for a choice.</summary>
    public string AnswerWords(string code, object? value)
    {
        var question = knowledge.FindQuestion(code);
        if (value is JsonElement element)
        {
            value = element.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number => element.GetInt32(),
                _ => element.GetString(),
            };
        }

        return value switch
        {
            bool b => b ? "Yes" : "No",
            int n => question?.Unit is { } unit ? NumberWords(n, unit) : n.ToString(CultureInfo.InvariantCulture),
            string s => question?.ChoiceLabels.GetValueOrDefault(s) ?? s,
            _ => "Not sure",
        };
    }
}
