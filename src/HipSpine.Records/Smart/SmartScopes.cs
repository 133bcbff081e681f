namespace HipSpine.Records.Smart;

/// <summary>
/// The SMART on FHIR scopes HipSpine offers, and what each means in plain words (the consent page and the client
/// form show these). Only wildcard resource scopes: a record is small and read as a whole, so per-type scopes would
/// add choices without protecting anything more.
/// </summary>
public static class SmartScopes
{
    public const string OpenId = "openid";
    public const string FhirUser = "fhirUser";
    public const string LaunchPatient = "launch/patient";
    public const string OfflineAccess = "offline_access";
    public const string PatientRead = "patient/*.read";
    public const string PatientReadV2 = "patient/*.rs";
    public const string PatientWrite = "patient/*.write";
    public const string UserRead = "user/*.read";
    public const string UserReadV2 = "user/*.rs";
    public const string UserWrite = "user/*.write";
    public const string SystemRead = "system/*.read";
    public const string SystemReadV2 = "system/*.rs";

    /// <summary>Every scope a client may be registered for, with its plain-words meaning.</summary>
    public static IReadOnlyDictionary<string, string> Described { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OpenId] = "Confirm to the app which HipSpine account you signed in with.",
        [FhirUser] = "Tell the app who you are in HipSpine (your patient record, or you as a clinician).",
        [LaunchPatient] = "Tell the app which patient record it works with: your own.",
        [OfflineAccess] = "Keep access while you are not using the app, until you or an administrator withdraw it.",
        [PatientRead] = "Read your own record: your answers, results, plans, goals and pain diary.",
        [PatientReadV2] = "Read your own record: your answers, results, plans, goals and pain diary.",
        [PatientWrite] = "Add to your own record: new answers to the questionnaire and pain scores.",
        [UserRead] = "Read everything your account may see: your own record and, for a clinician, the records patients have shared with you.",
        [UserReadV2] = "Read everything your account may see: your own record and, for a clinician, the records patients have shared with you.",
        [UserWrite] = "Add to your own record: new answers to the questionnaire and pain scores.",
        [SystemRead] = "A clinic's system, without anyone signed in: read the records patients have shared with the clinician who registered it.",
        [SystemReadV2] = "A clinic's system, without anyone signed in: read the records patients have shared with the clinician who registered it.",
    };

    public static IReadOnlyList<string> All { get; } = [.. Described.Keys];

    /// <summary>Scopes a backend (client credentials) asks for; no person is signed in, so no patient or user context.</summary>
    public static bool IsSystem(string scope) => scope.StartsWith("system/", StringComparison.Ordinal);

    /// <summary>Reads a patient's resources in the given context (<c>patient</c>, <c>user</c> or <c>system</c>).</summary>
    public static bool Reads(string scope, string context) =>
        scope == context + "/*.read" || scope == context + "/*.rs";

    /// <summary>Adds to the caller's own record.</summary>
    public static bool Writes(string scope) => scope is PatientWrite or UserWrite;
}
