using System.Text.Json.Serialization;
using HipSpine.Engine.Care;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// The hip-spine pattern of a result (docs/contract.md); in JSON <c>hip_driven</c>, <c>spine_driven</c>,
/// <c>combined</c> or <c>unclear</c>.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PainPattern>))]
public enum PainPattern
{
    /// <summary>Neither picture is clear.</summary>
    Unclear,

    /// <summary>A hip source is likely and back pain is present: treat the hip first.</summary>
    HipDriven,

    /// <summary>A spinal source is likely and hip, buttock or groin pain is referred from it.</summary>
    SpineDriven,

    /// <summary>Both a hip and a spinal source are likely.</summary>
    Combined,
}
