namespace HipSpine.Data;

/// <summary>
/// A patient's permission for a clinician to see their data: one saved assessment (and its examined versions)
/// or everything (<see cref="AssessmentId"/> null). Created with a random one-time code (only its hash is
/// stored), redeemed by a signed-in clinician, valid until it expires or the patient revokes it.
/// </summary>
public sealed class ShareGrant
{
    public Guid Id { get; set; }

    /// <summary>The patient's user id.</summary>
    public string PatientId { get; set; } = "";

    /// <summary>The clinician who redeemed the code; null until redeemed.</summary>
    public string? ClinicianId { get; set; }

    /// <summary>When the patient named the clinician, only that account may redeem it.</summary>
    public string? ClinicianEmail { get; set; }

    /// <summary>The shared assessment; null shares all the patient's data.</summary>
    public Guid? AssessmentId { get; set; }

    /// <summary>SHA-256 of the one-time code, hex.</summary>
    public string CodeHash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? RedeemedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    /// <summary>Redeemed, not revoked and not expired at <paramref name="nowUtc"/>.</summary>
    public bool IsActive(DateTime nowUtc) => ClinicianId is not null && RevokedUtc is null && ExpiresUtc > nowUtc;
}

/// <summary>A clinician's change to a patient's plan: exercises added or dropped and a note for the patient.</summary>
public sealed class PlanAdjustment
{
    public Guid Id { get; set; }

    public Guid AssessmentId { get; set; }

    public string ClinicianId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Exercise ids added to the plan, comma-separated.</summary>
    public string Added { get; set; } = "";

    /// <summary>Exercise ids dropped from the plan, comma-separated.</summary>
    public string Dropped { get; set; } = "";

    public string? Note { get; set; }
}
