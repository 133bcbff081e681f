namespace HipSpine.Engine.Knowledge;

/// <summary>The contract's names for <see cref="CareSetting"/> (snake_case, like the urgency levels).</summary>
public static class CareSettings
{
    public const string PrimaryCare = "primary_care";
    public const string Emergency = "emergency";

    public static string Name(CareSetting setting) => setting == CareSetting.Emergency ? Emergency : PrimaryCare;

    /// <summary>The setting a contract name stands for, or null when the name is not one.</summary>
    public static CareSetting? Parse(string? name) => name switch
    {
        PrimaryCare => CareSetting.PrimaryCare,
        Emergency => CareSetting.Emergency,
        _ => null,
    };
}
