using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>Builds <see cref="OperationOutcome"/> issues: the FHIR form of "what is wrong, and where".</summary>
internal static class Outcomes
{
    public static OperationOutcome.IssueComponent Error(
        string message,
        string? expression = null,
        OperationOutcome.IssueType code = OperationOutcome.IssueType.Invalid)
    {
        var issue = new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Error,
            Code = code,
            Diagnostics = message,
        };
        if (expression is not null)
        {
            issue.Expression = [expression];
        }

        return issue;
    }

    public static OperationOutcome Of(IEnumerable<OperationOutcome.IssueComponent> issues) => new() { Issue = [.. issues] };

    public static OperationOutcome Of(params OperationOutcome.IssueComponent[] issues) => new() { Issue = [.. issues] };

    /// <summary>True when any issue is an error or fatal.</summary>
    public static bool HasErrors(this OperationOutcome outcome) =>
        outcome.Issue.Any(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
}
