using System.Runtime.CompilerServices;
using System.Text.Json;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Writes an <see cref="AssessmentResult"/> as the contract's JSON (docs/contract.md section 2) with
/// <see cref="Utf8JsonWriter"/> directly: the same bytes as <see cref="HipSpineJsonContext"/> produces (a test
/// compares them on every published, own and random case), in about two thirds of the time, without enumerators (index loops over the lists). Serialising the ~10 KB
/// result through the generated metadata cost more than the assessment itself (docs/performance.md, HTTP).
/// A field added to the result types must be added here too; the comparison test fails until it is.
/// </summary>
public static class AssessmentResultWriter
{
    /// <summary>For writers made only to write a result: the writer's structure checks are redundant here.</summary>
    public static readonly JsonWriterOptions Options = new() { SkipValidation = true };

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Urgency = JsonEncodedText.Encode("urgency");
    private static readonly JsonEncodedText UrgencyReasons = JsonEncodedText.Encode("urgencyReasons");
    private static readonly JsonEncodedText UnansweredRedFlags = JsonEncodedText.Encode("unansweredRedFlags");
    private static readonly JsonEncodedText MustRuleOut = JsonEncodedText.Encode("mustRuleOut");
    private static readonly JsonEncodedText Rules = JsonEncodedText.Encode("rules");
    private static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText Pattern = JsonEncodedText.Encode("pattern");
    private static readonly JsonEncodedText[] PatternCodes =
        [.. Enum.GetValues<PainPattern>().Select(p => JsonEncodedText.Encode(Care.CareCodes.Code(p)))];
    private static readonly JsonEncodedText KnowledgeVersion = JsonEncodedText.Encode("knowledgeVersion");
    private static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
    private static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText Advice = JsonEncodedText.Encode("advice");
    private static readonly JsonEncodedText Reference = JsonEncodedText.Encode("reference");
    private static readonly JsonEncodedText Group = JsonEncodedText.Encode("group");
    private static readonly JsonEncodedText Probability = JsonEncodedText.Encode("probability");
    private static readonly JsonEncodedText Mechanisms = JsonEncodedText.Encode("mechanisms");
    private static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText Finding = JsonEncodedText.Encode("finding");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText LikelihoodRatio = JsonEncodedText.Encode("likelihoodRatio");

    public static void Write(Utf8JsonWriter writer, AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Id is not null)
        {
            writer.WriteString(Id, result.Id);
        }

        writer.WriteString(Urgency, result.Urgency);
        writer.WriteStartArray(UrgencyReasons);
        for (var i = 0; i < result.UrgencyReasons.Count; i++)
        {
            var reason = result.UrgencyReasons[i];
            writer.WriteStartObject();
            writer.WriteString(Rule, reason.Rule);
            writer.WriteString(Urgency, reason.Urgency);
            WriteStrings(writer, Findings, reason.Findings);
            writer.WriteString(Advice, Encoded(reason.Advice));
            writer.WriteString(Reference, Encoded(reason.Reference));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, UnansweredRedFlags, result.UnansweredRedFlags);
        writer.WriteStartArray(MustRuleOut);
        for (var i = 0; i < result.MustRuleOut.Count; i++)
        {
            var ruleOut = result.MustRuleOut[i];
            writer.WriteStartObject();
            writer.WriteString(Id, ruleOut.Id);
            writer.WriteString(Group, ruleOut.Group);
            WriteStrings(writer, Rules, ruleOut.Rules);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Sources);
        for (var i = 0; i < result.Sources.Count; i++)
        {
            WriteSource(writer, result.Sources[i]);
        }

        writer.WriteEndArray();
        writer.WriteString(Pattern, PatternCodes[(int)result.Pattern]);
        writer.WriteString(KnowledgeVersion, result.KnowledgeVersion);
        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter writer, SourceResult source)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, source.Id);
        writer.WriteString(Group, source.Group);
        writer.WriteNumber(Probability, source.Probability);
        WriteStrings(writer, Mechanisms, source.Mechanisms);
        writer.WriteStartArray(Evidence);
        for (var i = 0; i < source.Evidence.Count; i++)
        {
            var item = source.Evidence[i];
            writer.WriteStartObject();
            writer.WriteString(Finding, item.Finding);
            writer.WritePropertyName(Value);
            WriteValue(writer, item.Value);
            writer.WriteNumber(LikelihoodRatio, item.LikelihoodRatio);
            writer.WriteString(Reference, Encoded(item.Reference));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The long texts (advice, references) are the knowledge's own string objects, the same in every result, and are
    /// most of the bytes: each is escaped and turned into UTF-8 once, remembered for as long as the string lives.
    /// </summary>
    private static readonly ConditionalWeakTable<string, EncodedText> Texts = [];

    private static JsonEncodedText Encoded(string text) => Texts.GetValue(text, static t => new EncodedText(JsonEncodedText.Encode(t))).Value;

    private sealed record EncodedText(JsonEncodedText Value);

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>An evidence value: a bool, int or choice string, or a <see cref="JsonElement"/> read back from storage.</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), HipSpineJson.Options);
                break;
        }
    }
}
