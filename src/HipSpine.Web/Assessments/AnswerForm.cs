using System.Globalization;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Web.Assessments;

/// <summary>
/// Reads answers from a posted form and validates each one on the server (the browser's checks are only
/// a convenience). Field names: <c>age</c>, <c>sex</c>, <c>where</c> (body-map boxes), <c>a.{code}</c> for an
/// answer and <c>unsure.{code}</c> for the "not sure" box of a number.
/// </summary>
public static class AnswerForm
{
    public const string Unsure = "unsure";
    public const string PreferNotToSay = "prefer_not_to_say";

    public static string AnswerField(string code) => "a." + code;

    public static string UnsureField(string code) => "unsure." + code;

    /// <summary>The unit chosen beside a duration (a finding counted in days).</summary>
    public static string DurationUnitField(string code) => "unit." + code;

    /// <summary>Units a duration may be given in, with their length in days (a month is 30 days, a year 365).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> DurationUnits =
        [("days", "days"), ("weeks", "weeks"), ("months", "months"), ("years", "years")];

    private static int DaysPer(string unit) => unit switch { "weeks" => 7, "months" => 30, "years" => 365, _ => 1 };

    /// <summary>Age and sex; errors keyed by <c>age</c> and <c>sex</c>.</summary>
    public static (int Age, string? Sex) ReadAboutYou(IFormCollection form, Dictionary<string, string> errors)
    {
        var ageText = form["age"].ToString().Trim();
        if (!int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var age)
            || age < CaseValidator.MinAge || age > CaseValidator.MaxAge)
        {
            errors["age"] = string.Create(CultureInfo.InvariantCulture, $"Enter your age in whole years, from {CaseValidator.MinAge} to {CaseValidator.MaxAge}.");
        }

        string? sex = form["sex"].ToString() switch
        {
            "female" => "female",
            "male" => "male",
            "other" => "other",
            PreferNotToSay => null,
            _ => Error(errors, "sex", "Choose one of the options (you may choose 'Prefer not to say')."),
        };
        return (age, sex);
    }

    /// <summary>
    /// The body map: every region is answered, an unticked box meaning "no pain there". The side (left, right or
    /// both) is kept only when a hip, buttock, groin or leg region is ticked; left blank it stays unknown. A side
    /// that is not one of the choices is an error keyed by its code.
    /// </summary>
    public static AnsweredStep ReadBodyMap(AskBodyMap step, IFormCollection form, Dictionary<string, string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(form);
        var ticked = form["where"].ToHashSet(StringComparer.Ordinal);
        var answers = step.Regions.ToDictionary(q => q.Code, q => (string?)(ticked.Contains(q.Code) ? "true" : "false"), StringComparer.Ordinal);
        var side = form[AnswerField(PainSide.Code)].ToString().Trim();
        if (step.Side is { } question && side.Length > 0 && side != Unsure)
        {
            if (!question.Definition.Values.Contains(side))
            {
                errors?.TryAdd(PainSide.Code, "Choose Left, Right or Both sides, or leave the side blank.");
            }
            else if (ticked.Any(code => code is not null && Records.PainSites.IsSided(code)))
            {
                answers[PainSide.Code] = side;
            }
        }

        return new AnsweredStep("bodymap", answers);
    }

    /// <summary>
    /// One answer per question (null = not sure); errors keyed by finding code. With <paramref name="blankIsUnsure"/>
    /// (the all-questions page, where nothing is preselected) a question left blank is "not sure", not an error.
    /// </summary>
    public static Dictionary<string, string?> ReadQuestions(IEnumerable<FindingQuestion> questions, IFormCollection form, Dictionary<string, string> errors, bool blankIsUnsure = false)
    {
        var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var definition = question.Definition;
            var text = form[AnswerField(question.Code)].ToString().Trim();
            // A typed number wins over a ticked "Not sure": the person gave the number.
            var unsure = definition.Type == FindingType.Int
                ? text.Length == 0 && form[UnsureField(question.Code)].ToString() == "true"
                : text == Unsure;
            unsure |= blankIsUnsure && text.Length == 0;
            if (unsure)
            {
                answers[question.Code] = null;
                continue;
            }

            if (text.Length == 0)
            {
                errors[question.Code] = definition.Type == FindingType.Int
                    ? "Enter a number, or tick 'Not sure'."
                    : "Choose an answer (you may choose 'Not sure').";
                continue;
            }

            if (question.Unit == "days" && form[DurationUnitField(question.Code)].ToString() is { Length: > 0 } unit and not "days"
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                text = ((long)count * DaysPer(unit)).ToString(CultureInfo.InvariantCulture);
                if (InterviewAnswers.TryParse(definition, text, out _) is not null)
                {
                    errors[question.Code] = string.Create(CultureInfo.InvariantCulture, $"Enter how long, up to {definition.Max / 365} years, or tick 'Not sure'.");
                    continue;
                }
            }

            if (InterviewAnswers.TryParse(definition, text, out _) is { } problem)
            {
                errors[question.Code] = Plain(definition, problem);
                continue;
            }

            answers[question.Code] = text;
        }

        return answers;
    }

    private static string Plain(FindingDefinition definition, string problem) => definition.Type switch
    {
        FindingType.Bool => "Choose Yes, No or Not sure.",
        FindingType.Int => string.Create(CultureInfo.InvariantCulture, $"Enter a whole number from {definition.Min} to {definition.Max}, or tick 'Not sure'."),
        _ => "Choose one of the answers, " + problem,
    };

    private static string? Error(Dictionary<string, string> errors, string field, string message)
    {
        errors[field] = message;
        return null;
    }
}
