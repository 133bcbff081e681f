namespace HipSpine.Data;

/// <summary>A person's recovery plan for one of their saved assessments: the plan itself is recomputed by the
/// engine from the stored result, so only what the person chose (the start date) is stored.</summary>
public sealed class CarePlan
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public Guid AssessmentId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateTime CreatedUtc { get; set; }
}
