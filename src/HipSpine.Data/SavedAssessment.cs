namespace HipSpine.Data;

/// <summary>
/// An assessment the person chose to save. Only saved results are stored; the id is a random Guid so the
/// link to it cannot be guessed. One saved to an account is shown to its owner only.
/// </summary>
public sealed class SavedAssessment
{
    public Guid Id { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The account it was saved to; null for one saved under a private link only.</summary>
    public string? UserId { get; set; }

    /// <summary>The case as contract JSON (docs/contract.md section 1), so the result can be reproduced.</summary>
    public string CaseJson { get; set; } = "";

    /// <summary>The result as contract JSON (docs/contract.md section 2).</summary>
    public string ResultJson { get; set; } = "";

    /// <summary>The knowledge base that produced the result (<c>1.0.0+hash</c>).</summary>
    public string KnowledgeVersion { get; set; } = "";

    /// <summary>For a version a clinician saved after an examination: the first version's id; else null.</summary>
    public Guid? RootId { get; set; }

    /// <summary>The clinician who examined the person and saved this version; null for the person's own.</summary>
    public string? ExaminedBy { get; set; }
}
