using System.Globalization;
using System.Text.Json;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Cases;

/// <summary>
/// Reads the CLI's input forms (docs/contract.md section 3): one case object, a JSON array of cases, or JSON Lines.
/// Each case is validated on its own so one bad line does not hide the others.
/// </summary>
public static class CaseReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static IReadOnlyList<CaseReadResult> ReadAll(string text, ContractVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [Invalid(1, "#1", "(input)", "no case found: the input is empty")];
        }

        if (TryParse(text, out var document, out var error))
        {
            using (document)
            {
                var root = document!.RootElement;
                if (root.ValueKind != JsonValueKind.Array)
                {
                    return [CaseValidator.Validate(root, vocabulary, 1)];
                }

                if (root.GetArrayLength() == 0)
                {
                    return [Invalid(1, "#1", "(input)", "no case found: the array is empty")];
                }

                return root.EnumerateArray().Select((e, i) => CaseValidator.Validate(e, vocabulary, i + 1)).ToArray();
            }
        }

        var lines = text.Split('\n');
        if (lines.Count(l => !string.IsNullOrWhiteSpace(l)) <= 1)
        {
            return [Invalid(1, "#1", "(json)", error!)];
        }

        return ReadLines(lines, vocabulary);
    }

    private static List<CaseReadResult> ReadLines(string[] lines, ContractVocabulary vocabulary)
    {
        var results = new List<CaseReadResult>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var position = results.Count + 1;
            if (!TryParse(lines[i], out var document, out var error))
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"#{position} (line {i + 1})");
                results.Add(Invalid(position, where, "(json)", error!));
                continue;
            }

            using (document)
            {
                results.Add(CaseValidator.Validate(document!.RootElement, vocabulary, position));
            }
        }

        return results;
    }

    private static bool TryParse(string text, out JsonDocument? document, out string? error)
    {
        try
        {
            document = JsonDocument.Parse(text, Options);
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            document = null;
            error = "invalid JSON: " + ex.Message;
            return false;
        }
    }

    private static CaseReadResult Invalid(int position, string label, string field, string message) =>
        new(position, label, null, [new CaseProblem(label, field, message)]);
}
