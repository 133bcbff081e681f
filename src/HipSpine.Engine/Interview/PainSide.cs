namespace HipSpine.Engine.Interview;

/// <summary>
/// The side of hip, buttock, groin or leg pain (a choice finding: left, right or both). It moves no source and
/// fires no rule; it is asked beside the body map and carried into the result, the examination and the report.
/// </summary>
public static class PainSide
{
    public const string Code = "pain.side";
}
