namespace HipSpine.Engine.Assessment;

/// <summary>The hip-spine pattern ids of docs/contract.md.</summary>
internal static class Patterns
{
    /// <summary>A hip source is likely and back pain is present: treat the hip first.</summary>
    public const string HipDriven = "hip_driven";

    /// <summary>A spinal source is likely and hip, buttock or groin pain is referred from it.</summary>
    public const string SpineDriven = "spine_driven";

    /// <summary>Both a hip and a spinal source are likely.</summary>
    public const string Combined = "combined";

    /// <summary>Neither picture is clear.</summary>
    public const string Unclear = "unclear";
}
