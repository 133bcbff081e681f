using System.Buffers;
using System.Text;
using System.Text.Json;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Cases;

/// <summary>
/// Writes a validated case back as one contract case object (docs/contract.md section 1): <c>id</c> when it has
/// one, <c>age</c>, <c>sex</c> and <c>setting</c> when known, and the answered findings in vocabulary order. What
/// <see cref="CaseReader"/> and <see cref="CaseValidator"/> read, this writes: a written case reads back equal.
/// </summary>
public static class CaseWriter
{
    public static string Write(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, subject);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(subject);
        writer.WriteStartObject();
        if (subject.Id is not null)
        {
            writer.WriteString("id", subject.Id);
        }

        writer.WriteNumber("age", subject.Age);
        if (subject.Sex is not null)
        {
            writer.WriteString("sex", subject.Sex);
        }

        if (subject.Setting is { } setting)
        {
            writer.WriteString("setting", CareSettings.Name(setting));
        }

        writer.WriteStartObject("findings");
        foreach (var (code, value) in subject.AnsweredFindings())
        {
            switch (value)
            {
                case bool b:
                    writer.WriteBoolean(code, b);
                    break;
                case int n:
                    writer.WriteNumber(code, n);
                    break;
                default:
                    writer.WriteString(code, (string)value);
                    break;
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
