using System.Net;
using System.Text.RegularExpressions;

namespace HipSpine.Tests.Shared;

/// <summary>Just enough HTML reading for form round trips: hidden fields and the names of answer fields.</summary>
internal static partial class Html
{
    public static string State(string html) => Hidden(html, "state");

    /// <summary>The page without the data-label attributes of table cells (the labels of stacked rows on phones).</summary>
    public static string Cells(string html) => CellLabel().Replace(html, "");

    [GeneratedRegex(" data-label=\"[^\"]*\"")]
    private static partial Regex CellLabel();

    public static string Antiforgery(string html) => Hidden(html, "__RequestVerificationToken");

    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        Assert.True(match.Success, $"no field '{name}' in the page");
        return WebUtility.HtmlDecode(ValueAttribute().Match(match.Value).Groups[1].Value);
    }

    /// <summary>Answer fields on the page: finding code and input type (radio or number).</summary>
    public static IReadOnlyList<(string Code, string Type)> Answers(string html) =>
        AnswerInput().Matches(html)
            .Select(m => (Code: m.Groups["code"].Value, Type: m.Groups["type"].Value))
            .DistinctBy(a => a.Code)
            .ToArray();

    /// <summary>The page as text, entities decoded, for comparing with knowledge strings.</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("<input type=\"(?<type>radio|number)\"[^>]*? name=\"a\\.(?<code>[a-z_]+\\.[a-z0-9_]+)\"")]
    private static partial Regex AnswerInput();
}
