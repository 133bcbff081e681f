namespace HipSpine.Data;

/// <summary>
/// A person's application to act as a clinician: their profession and professional registration (number and the
/// body that keeps the register, e.g. HCPC or GMC). Until an administrator checks the register and approves it
/// (<see cref="VerifiedUtc"/>), patients see "unverified clinician" and the account may redeem only codes made for
/// its own confirmed email.
/// </summary>
public sealed class ClinicianProfile
{
    /// <summary>The applicant's user id (one profile per account).</summary>
    public string UserId { get; set; } = "";

    /// <summary>What they are, in their words: "physiotherapist", "general practitioner".</summary>
    public string Profession { get; set; } = "";

    /// <summary>The register, e.g. HCPC, GMC, NMC, GCC, GOsC.</summary>
    public string RegistrationBody { get; set; } = "";

    public string RegistrationNumber { get; set; } = "";

    public DateTime AppliedUtc { get; set; }

    /// <summary>When an administrator approved the application; null while unverified.</summary>
    public DateTime? VerifiedUtc { get; set; }

    /// <summary>Who approved it: an administrator's user id, or "cli" from the command line.</summary>
    public string? VerifiedBy { get; set; }

    public bool IsVerified => VerifiedUtc is not null;
}
