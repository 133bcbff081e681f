namespace HipSpine.Engine.Cases;

/// <summary>One reason a case is invalid: which case (id or position), which field, what is wrong.</summary>
public sealed record CaseProblem(string Case, string Field, string Message)
{
    /// <summary>The one-line form used on standard error: <c>case 'R02': findings.pain.severity_now: ...</c>.</summary>
    public override string ToString() => $"case {Case}: {Field}: {Message}";
}

/// <summary>A case read from input: either a valid case or the problems that make it invalid.</summary>
public sealed record CaseReadResult(int Position, string Label, AssessmentCase? Case, IReadOnlyList<CaseProblem> Problems)
{
    public bool IsValid => Case is not null && Problems.Count == 0;
}
