using System.Globalization;

namespace HipSpine.Engine.Knowledge;

/// <summary>How bad a knowledge-base diagnostic is. Errors stop the knowledge base from loading.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One problem (or note) found in <c>knowledge/</c>, with a stable code, the file, line and key path.
/// Example: <c>KB010 error knowledge/sources/hip_oa.yaml:41 evidence[3].when: unknown finding 'pain.foo'</c>.
/// </summary>
public sealed record KnowledgeDiagnostic(string Code, DiagnosticSeverity Severity, string File, long Line, string Path, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : File;
        var severity = Severity.ToString().ToLowerInvariant();
        return string.IsNullOrEmpty(Path)
            ? $"{Code} {severity} {where}: {Message}"
            : $"{Code} {severity} {where} {Path}: {Message}";
    }
}

/// <summary>The stable diagnostic codes. Never renumber: scripts and tests match on them.</summary>
internal static class DiagnosticCodes
{
    public const string Unreadable = "KB001";
    public const string MissingKey = "KB002";
    public const string UnknownKey = "KB003";
    public const string WrongType = "KB004";
    public const string UnknownFinding = "KB010";
    public const string ConditionTypeMismatch = "KB011";
    public const string OutOfRange = "KB012";
    public const string MalformedCondition = "KB013";
    public const string UnknownSource = "KB020";
    public const string UnknownMechanism = "KB021";
    public const string UnknownUrgency = "KB022";
    public const string Uncited = "KB030";
    public const string BadNumber = "KB031";
    public const string FindingCoverage = "KB040";
    public const string IdMismatch = "KB041";
    public const string Duplicate = "KB042";
    public const string Unreachable = "KB050";
    public const string Vocabulary = "KB060";
    public const string Manifest = "KB070";
    public const string Estimate = "KB080";
    public const string EstimateForRedFlag = "KB081";
    public const string NoEmergencyPrior = "KB082";
    public const string ScreensFor = "KB090";
}
