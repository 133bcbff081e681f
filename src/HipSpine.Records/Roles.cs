namespace HipSpine.Records;

/// <summary>The role claims an account can hold. The web app's policies and the CLI's <c>users grant-role</c> use these names.</summary>
public static class Roles
{
    /// <summary>Given at sign-up with "I am a clinician": may redeem share codes and see what patients shared.</summary>
    public const string Clinician = "clinician";

    /// <summary>Given only with <c>hipspine users grant-role</c>: runs the service, never reads patient records.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, in the order the CLI lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Clinician];
}
