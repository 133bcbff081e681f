using System.Text.Json.Serialization;

namespace HipSpine.Engine.Assessment;

/// <summary>The result of one assessment, exactly as docs/contract.md section 2 describes it.</summary>
public sealed record AssessmentResult(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    string Urgency,
    IReadOnlyList<UrgencyReason> UrgencyReasons,
    IReadOnlyList<string> UnansweredRedFlags,
    IReadOnlyList<RuleOut> MustRuleOut,
    IReadOnlyList<SourceResult> Sources,
    PainPattern Pattern,
    string KnowledgeVersion);

/// <summary>A triage rule that fired, with the findings that made it fire.</summary>
public sealed record UrgencyReason(
    string Rule,
    string Urgency,
    IReadOnlyList<string> Findings,
    string Advice,
    string Reference)
{
    /// <summary>The rule's plain title (for pages and reports; not part of the JSON contract).</summary>
    [JsonIgnore]
    public string Name { get; init; } = "";

    /// <summary>Why these findings matter, in plain words (not part of the JSON contract).</summary>
    [JsonIgnore]
    public string Explanation { get; init; } = "";
}

/// <summary>A source a fired rule screens for: it must be ruled out, whatever its probability.</summary>
public sealed record RuleOut(string Id, string Group, IReadOnlyList<string> Rules);

/// <summary>One likely source with its probability, mechanisms and the evidence that moved it.</summary>
public sealed record SourceResult(
    string Id,
    string Group,
    double Probability,
    IReadOnlyList<string> Mechanisms,
    IReadOnlyList<EvidenceResult> Evidence);

/// <summary>An answered finding that moved a source, with the likelihood ratio used.</summary>
public sealed record EvidenceResult(string Finding, object Value, double LikelihoodRatio, string Reference)
{
    /// <summary>published, derived or estimate (not part of the JSON contract).</summary>
    [JsonIgnore]
    public string Status { get; init; } = "published";

    /// <summary>Who the figure was measured in (not part of the JSON contract).</summary>
    [JsonIgnore]
    public string Population { get; init; } = "";
}
