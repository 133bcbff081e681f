using System.Text.Json;
using System.Text.Json.Serialization;

namespace HipSpine.Engine.Care;

/// <summary>
/// What a person may do with a treatment option, in the order the plan lists them; in JSON (and CSS classes)
/// <c>offered</c>, <c>after_being_seen</c>, <c>specialist</c>, <c>avoid</c>, <c>not_advised</c>.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<TreatmentStatus>))]
public enum TreatmentStatus
{
    /// <summary>Something to do now.</summary>
    Offered,

    /// <summary>The urgency says be seen first.</summary>
    AfterBeingSeen,

    /// <summary>Injections, surgery: only after failed conservative care, by a specialist.</summary>
    Specialist,

    /// <summary>A caution that applies to the person says avoid it.</summary>
    Avoid,

    /// <summary>Guidelines advise against it.</summary>
    NotAdvised,
}

/// <summary>The kind of treatment (<c>category</c> in <c>knowledge/treatments/*.yaml</c>), in the order the plan shows them.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<TreatmentCategory>))]
public enum TreatmentCategory
{
    Home,
    Conventional,
    Alternative,
}

/// <summary>What to do with an exercise at the next session.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ProgressionAction>))]
public enum ProgressionAction
{
    Hold,
    Advance,
    StepBack,
}

/// <summary>The snake_case codes of the care enums (<c>after_being_seen</c>), as in the knowledge files and the plan JSON.</summary>
public static class CareCodes
{
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The member whose code is <paramref name="code"/>, or null.</summary>
    internal static TEnum? Parse<TEnum>(string? code)
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => Code(v!.Value) == code);
}

/// <summary>Writes and reads an enum as its snake_case code whatever the serializer's options (the attribute on the enum wins).</summary>
internal sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
