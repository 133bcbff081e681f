using System.Globalization;
using System.Text.RegularExpressions;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// A likelihood ratio and its source said in plain words: "makes this about 3 times more likely (study of
/// 1,172 people, 2009)". People never see the ratio's code or number without these words.
/// </summary>
public static partial class EvidenceWords
{
    /// <summary>How much the answer moved the odds, e.g. "makes this about 3 times more likely".</summary>
    public static string Effect(double likelihoodRatio)
    {
        if (likelihoodRatio >= 1)
        {
            return likelihoodRatio < 1.5 ? "makes this a little more likely" : $"makes this about {Times(likelihoodRatio)} more likely";
        }

        var inverse = 1 / likelihoodRatio;
        return inverse < 1.5 ? "makes this a little less likely" : $"makes this about {Times(inverse)} less likely";
    }

    /// <summary>Where the figure comes from, e.g. "study of 1,172 people, 2009" or "our estimate".</summary>
    public static string Basis(string status, string population, string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (status == Knowledge.EvidenceStatus.Estimate)
        {
            return "our estimate from published research";
        }

        var year = Year().Match(reference);
        var people = People().Match(population ?? "");
        var who = people.Success ? $"study of {people.Groups[1].Value} people" : "published study";
        return year.Success ? $"{who}, {year.Value}" : who;
    }

    private static string Times(double ratio) => ratio switch
    {
        < 2.5 => "2 times",
        < 10 => Math.Round(ratio).ToString(CultureInfo.InvariantCulture) + " times",
        _ => (Math.Round(ratio / 5) * 5).ToString(CultureInfo.InvariantCulture) + " times",
    };

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"n\s*=\s*([\d,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex People();
}
