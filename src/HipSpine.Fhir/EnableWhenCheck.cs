using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// Refuses answers to items the Questionnaire does not enable: an answer whose item's <c>enableWhen</c> is false
/// for the other answers (e.g. "Are you pregnant?" answered by someone who gave their sex as male) is an error
/// naming the item, as a form that honours enableWhen would never send it. Operators HipSpine writes: <c>=</c>,
/// <c>!=</c> and <c>exists</c>; an unanswered question makes <c>=</c> false and <c>!=</c> true (nothing to differ).
/// </summary>
internal static class EnableWhenCheck
{
    public static IEnumerable<OperationOutcome.IssueComponent> Problems(Questionnaire questionnaire, IReadOnlyDictionary<string, (DataType? Value, string Path)> answers)
    {
        foreach (var item in Flatten(questionnaire.Item).Where(i => i.EnableWhen.Count > 0))
        {
            if (!answers.TryGetValue(item.LinkId ?? "", out var answer) || answer.Value is null || Enabled(item, answers))
            {
                continue;
            }

            var conditions = string.Join(item.EnableBehavior == Questionnaire.EnableWhenBehavior.All ? " and " : " or ",
                item.EnableWhen.Select(w => $"{w.Question} {Hl7.Fhir.Utility.EnumUtility.GetLiteral(w.Operator)} {Show(w.Answer)}"));
            yield return Outcomes.Error($"{item.LinkId}: answered, but the question is not asked unless {conditions}", answer.Path, OperationOutcome.IssueType.BusinessRule);
        }
    }

    private static bool Enabled(Questionnaire.ItemComponent item, IReadOnlyDictionary<string, (DataType? Value, string Path)> answers)
    {
        var results = item.EnableWhen.Select(w => Holds(w, answers.TryGetValue(w.Question ?? "", out var a) ? a.Value : null));
        return item.EnableBehavior == Questionnaire.EnableWhenBehavior.All ? results.All(r => r) : results.Any(r => r);
    }

    private static bool Holds(Questionnaire.EnableWhenComponent condition, DataType? actual) => condition.Operator switch
    {
        Questionnaire.QuestionnaireItemOperator.Exists => (actual is not null) == (condition.Answer is FhirBoolean { Value: true }),
        Questionnaire.QuestionnaireItemOperator.Equal => actual is not null && Same(actual, condition.Answer),
        Questionnaire.QuestionnaireItemOperator.NotEqual => actual is null || !Same(actual, condition.Answer),
        _ => true, // HipSpine writes no other operator; an unknown one never refuses an answer
    };

    private static bool Same(DataType actual, DataType? expected) => (actual, expected) switch
    {
        (Coding a, Coding e) => string.Equals(a.Code, e.Code, StringComparison.Ordinal)
            && (string.IsNullOrEmpty(a.System) || string.Equals(a.System, e.System, StringComparison.Ordinal)),
        (FhirBoolean a, FhirBoolean e) => a.Value == e.Value,
        (Integer a, Integer e) => a.Value == e.Value,
        _ => false,
    };

    private static string Show(DataType? answer) => answer switch
    {
        Coding c => c.Code ?? "",
        FhirBoolean b => b.Value == true ? "true" : "false",
        PrimitiveType p => p.ToString() ?? "",
        _ => "",
    };

    private static IEnumerable<Questionnaire.ItemComponent> Flatten(IEnumerable<Questionnaire.ItemComponent> items) =>
        items.SelectMany(i => Flatten(i.Item).Prepend(i));
}
