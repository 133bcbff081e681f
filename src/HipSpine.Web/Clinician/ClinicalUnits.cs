using System.Globalization;

namespace HipSpine.Web.Clinician;

/// <summary>
/// Examination numbers in the units clinicians write: the knowledge stores temperature in tenths of a degree
/// (an integer finding), the form shows and reads degrees Celsius with one decimal (38.5); angles are degrees.
/// </summary>
public static class ClinicalUnits
{
    private const string Temperature = "exam.temperature_c10";

    public static bool IsTemperature(string code) => code == Temperature;

    /// <summary>The value as the form shows it (38.5 for 385).</summary>
    public static string Show(string code, int value) =>
        IsTemperature(code) ? (value / 10.0).ToString("0.0", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The stored integer of a typed value (38.5 or 38,5 -> 385); null when it is not a number.</summary>
    public static int? Read(string code, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim().Replace(',', '.');
        if (IsTemperature(code))
        {
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var celsius)
                ? (int)Math.Round(celsius * 10, MidpointRounding.AwayFromZero)
                : null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>"34.0 to 43.0 °C", "0 to 60 degrees".</summary>
    public static string Range(string code, int min, int max) =>
        IsTemperature(code) ? $"a temperature from {Show(code, min)} to {Show(code, max)} °C" : $"a whole number from {min} to {max}";

    /// <summary>
    /// The unit beside the box and the step of the number input. Angles and the vital signs (knowledge 1.69.0) show
    /// the knowledge's unit; a count of positive tests shows none, since "count" beside a box reads as a label.
    /// </summary>
    public static (string Unit, string Step) Input(string code, string? knowledgeUnit) =>
        IsTemperature(code) ? ("°C", "0.1") : (knowledgeUnit is { } unit && ShownUnits.Contains(unit) ? unit : "", "1");

    private static readonly HashSet<string> ShownUnits = new(StringComparer.Ordinal) { "degrees", "beats a minute", "breaths a minute", "mmHg" };
}
