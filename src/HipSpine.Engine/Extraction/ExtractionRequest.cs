using System.Text.Json;
using HipSpine.Engine.Cases;

namespace HipSpine.Engine.Extraction;

/// <summary>One free-text input of contract 1.1 (<c>hipspine extract</c>, <c>POST /api/extract</c>): <c>{"id", "text", "age", "sex"}</c>.</summary>
public sealed record ExtractionRequest(string? Id, string Text, int? Age, string? Sex)
{
    /// <summary>Reads and checks one request; the problems name the field (<c>text</c>, <c>age</c>, <c>sex</c>, <c>id</c>).</summary>
    public static ExtractionRequest? Read(JsonElement element, out Dictionary<string, string> problems)
    {
        problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems["(body)"] = "must be a JSON object with a 'text'";
            return null;
        }

        string? id = null;
        if (element.TryGetProperty("id", out var idElement))
        {
            if (idElement.ValueKind == JsonValueKind.String)
            {
                id = idElement.GetString();
            }
            else if (idElement.ValueKind != JsonValueKind.Null)
            {
                problems["id"] = "must be a string";
            }
        }

        string? text = null;
        if (!element.TryGetProperty("text", out var textElement) || textElement.ValueKind == JsonValueKind.Null)
        {
            problems["text"] = "is required: the person's own words";
        }
        else if (textElement.ValueKind != JsonValueKind.String)
        {
            problems["text"] = "must be a string";
        }
        else
        {
            text = textElement.GetString();
            if (text is { Length: > MaxTextLength })
            {
                problems["text"] = $"must be at most {MaxTextLength} characters";
            }
        }

        int? age = null;
        if (element.TryGetProperty("age", out var ageElement) && ageElement.ValueKind != JsonValueKind.Null)
        {
            if (ageElement.ValueKind == JsonValueKind.Number && ageElement.TryGetInt32(out var a) && a is >= CaseValidator.MinAge and <= CaseValidator.MaxAge)
            {
                age = a;
            }
            else
            {
                problems["age"] = $"must be a whole number from {CaseValidator.MinAge} to {CaseValidator.MaxAge}";
            }
        }

        string? sex = null;
        if (element.TryGetProperty("sex", out var sexElement) && sexElement.ValueKind != JsonValueKind.Null)
        {
            sex = sexElement.ValueKind == JsonValueKind.String ? sexElement.GetString() : null;
            if (sex is not ("female" or "male" or "other"))
            {
                problems["sex"] = "must be female, male or other";
            }
        }

        return problems.Count == 0 && text is not null ? new ExtractionRequest(id, text, age, sex) : null;
    }

    /// <summary>A story longer than this is refused rather than read (about ten pages).</summary>
    public const int MaxTextLength = 20_000;
}
