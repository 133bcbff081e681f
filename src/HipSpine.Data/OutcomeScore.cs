namespace HipSpine.Data;

/// <summary>A completed outcome measure (NPRS, PEG-3 or PSFS) of a plan, with its item answers and score.</summary>
public sealed class OutcomeScore
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    /// <summary><c>nprs</c>, <c>peg3</c> or <c>psfs</c> (the measure ids in <c>knowledge/plan.yaml</c>).</summary>
    public string Measure { get; set; } = "";

    public DateOnly Date { get; set; }

    /// <summary>The item answers, 0-10 each, comma-separated in form order.</summary>
    public string Items { get; set; } = "";

    /// <summary>PSFS: the activities the person named, one per line; null for the other measures.</summary>
    public string? Labels { get; set; }

    public double Score { get; set; }
}
