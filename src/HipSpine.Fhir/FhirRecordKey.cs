namespace HipSpine.Fhir;

/// <summary>The kind of stored row a resource of a patient's record is built from.</summary>
public enum FhirRecordRow
{
    /// <summary>The account itself: <see cref="FhirRecordKey.Key"/> is the patient (user) id.</summary>
    Patient,

    /// <summary>A saved assessment (QuestionnaireResponse <c>qr-</c>, RiskAssessment <c>ra-</c>).</summary>
    Assessment,

    /// <summary>A diary entry (Observation <c>pain-</c>).</summary>
    DiaryEntry,

    /// <summary>A started plan (CarePlan <c>plan-</c>, Goal <c>goal-{plan}-{n}</c>).</summary>
    Plan,
}

/// <summary>Which stored row a resource id names, so a host can find whose record it is before loading it.</summary>
public sealed record FhirRecordKey(FhirRecordRow Row, string Key)
{
    /// <summary>The row behind <paramref name="type"/>/<paramref name="id"/>, or null for an id HipSpine never makes.</summary>
    public static FhirRecordKey? Of(string type, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return type switch
        {
            "Patient" when id.Length is > 0 and <= 64 => new FhirRecordKey(FhirRecordRow.Patient, id),
            "QuestionnaireResponse" => Parse(FhirRecordRow.Assessment, id.EndsWith("-exam", StringComparison.Ordinal) ? id[..^"-exam".Length] : id, "qr-"),
            "RiskAssessment" => Parse(FhirRecordRow.Assessment, id, "ra-"),
            "Observation" => Parse(FhirRecordRow.DiaryEntry, id, "pain-"),
            "CarePlan" => Parse(FhirRecordRow.Plan, id, "plan-"),
            "Goal" when id.StartsWith("goal-", StringComparison.Ordinal) && id.LastIndexOf('-') is var dash and > 5 => Parse(FhirRecordRow.Plan, id[..dash], "goal-"),
            _ => null,
        };
    }

    private static FhirRecordKey? Parse(FhirRecordRow row, string id, string prefix) =>
        id.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParseExact(id[prefix.Length..], "D", out var guid)
            ? new FhirRecordKey(row, guid.ToString("D"))
            : null;
}
