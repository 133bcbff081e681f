using System.Net;
using System.Text.RegularExpressions;

/// <summary>Just enough HTML reading to fill the app's forms as a browser would: hidden fields and answer inputs.</summary>
internal static partial class FormPage
{
    public static string Antiforgery(string html) => Hidden(html, "__RequestVerificationToken");

    public static string? HiddenOrNull(string html, string name)
    {
        var input = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        return input.Success ? WebUtility.HtmlDecode(ValueAttribute().Match(input.Value).Groups[1].Value) : null;
    }

    public static string Hidden(string html, string name) =>
        HiddenOrNull(html, name) ?? throw new InvalidOperationException($"no field '{name}' in the page");

    /// <summary>
    /// The all-questions form answered: yes/no questions "no", choices "not sure", numbers "not sure", except
    /// <paramref name="overrides"/> (the same way the web tests fill it).
    /// </summary>
    public static List<KeyValuePair<string, string>> AnswerAll(string html, IReadOnlyDictionary<string, string> overrides)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var code in AnswerInput().Matches(html).Select(m => (Code: m.Groups["code"].Value, Type: m.Groups["type"].Value)).DistinctBy(a => a.Code))
        {
            if (overrides.TryGetValue(code.Code, out var value))
            {
                fields.Add(new("a." + code.Code, value));
            }
            else if (code.Type == "number")
            {
                fields.Add(new("unsure." + code.Code, "true"));
            }
            else
            {
                var isYesNo = html.Contains($"name=\"a.{code.Code}\" value=\"true\"", StringComparison.Ordinal);
                fields.Add(new("a." + code.Code, isYesNo ? "false" : "unsure"));
            }
        }

        return fields;
    }

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("<input type=\"(?<type>radio|number)\"[^>]*? name=\"a\\.(?<code>[a-z_]+\\.[a-z0-9_]+)\"")]
    private static partial Regex AnswerInput();
}
