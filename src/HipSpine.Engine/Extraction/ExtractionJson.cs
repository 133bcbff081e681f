using System.Buffers;
using System.Text;
using System.Text.Json;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Writes an extraction as contract 1.1 says: <c>{"id", "findings": {code: value}, "mentions": [{"code",
/// "value", "start", "end", "negated"}]}</c>. Beside the contract's fields each mention carries
/// <c>context</c> (current, historical, hypothetical, other_person) and <c>counted</c>, and the line carries
/// <c>side</c> when the text names one; readers of the contract may ignore them.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    public static void Write(Utf8JsonWriter writer, string? id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }

        writer.WriteStartObject("findings");
        foreach (var (finding, value) in result.Findings)
        {
            writer.WritePropertyName(finding.Code);
            WriteValue(writer, ExtractionResult.ValueOf(finding, value));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("mentions");
        foreach (var m in result.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("code", m.Code);
            writer.WritePropertyName("value");
            WriteValue(writer, ExtractionResult.ValueOf(m.Finding, m.Value));
            writer.WriteNumber("start", m.Start);
            writer.WriteNumber("end", m.End);
            writer.WriteBoolean("negated", m.Negated);
            writer.WriteString("context", ContextName(m.Context));
            writer.WriteBoolean("counted", m.Counted);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (result.Side is { } side)
        {
            writer.WriteStartObject("side");
            writer.WriteString("value", side.Side.ToString().ToLowerInvariant());
            writer.WriteNumber("start", side.Start);
            writer.WriteNumber("end", side.End);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>One JSON line.</summary>
    public static string Serialize(string? id, ExtractionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, id, result);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string ContextName(MentionContext context) => context switch
    {
        MentionContext.Current => "current",
        MentionContext.Historical => "historical",
        MentionContext.Hypothetical => "hypothetical",
        MentionContext.OtherPerson => "other_person",
        _ => throw new ArgumentOutOfRangeException(nameof(context)),
    };

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int n:
                writer.WriteNumberValue(n);
                break;
            default:
                writer.WriteStringValue((string)value);
                break;
        }
    }
}
