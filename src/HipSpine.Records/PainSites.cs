using HipSpine.Engine.Cases;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Records;

/// <summary>
/// Where it hurts, with the side where one applies: "right hip, right groin, low back" for the person,
/// "Groin / anterior hip pain (right)" for the clinician. The side (<see cref="PainSide"/>) belongs to the hip,
/// buttock, groin and leg regions only; the back, belly and flank are named without it.
/// </summary>
public static class PainSites
{
    // {0} is the side ("right"); the second form is used for "both".
    private static readonly Dictionary<string, (string One, string Both)> SidedRegions = new(StringComparer.Ordinal)
    {
        ["where.hip"] = ("{0} hip", "both hips"),
        ["where.groin"] = ("{0} groin", "groin on both sides"),
        ["where.lateral_hip"] = ("outside of the {0} hip", "outside of both hips"),
        ["where.buttock"] = ("{0} buttock", "both buttocks"),
        ["where.front_thigh"] = ("front of the {0} thigh", "front of both thighs"),
        ["where.back_of_thigh"] = ("back of the {0} thigh", "back of both thighs"),
        ["where.side_of_thigh"] = ("outside of the {0} thigh", "outside of both thighs"),
        ["where.knee"] = ("{0} knee", "both knees"),
        ["where.below_knee"] = ("{0} leg below the knee", "both legs below the knee"),
    };

    private static readonly Dictionary<string, string> OtherRegions = new(StringComparer.Ordinal)
    {
        ["where.low_back"] = "low back",
        ["where.mid_upper_back"] = "middle or upper back",
        ["where.over_sij"] = "dimples at the back of the pelvis",
        ["where.both_legs"] = "both legs",
        ["where.abdomen"] = "belly",
        ["where.flank"] = "side of the body below the ribs",
    };

    /// <summary>The side answered: "left", "right", "both", or null when not given.</summary>
    public static string? Side(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.AnsweredFindings().FirstOrDefault(p => p.Key == PainSide.Code).Value as string;
    }

    /// <summary>The regions marked, in the person's words with the side: "right hip, right groin, low back"; empty when none.</summary>
    public static IReadOnlyList<string> PatientWords(AssessmentCase subject)
    {
        var side = Side(subject);
        return Marked(subject).Select(code => SidedRegions.TryGetValue(code, out var forms)
                ? side == "both" ? forms.Both : string.Format(System.Globalization.CultureInfo.InvariantCulture, forms.One, side ?? "").Replace("  ", " ", StringComparison.Ordinal).Trim()
                : OtherRegions.GetValueOrDefault(code) ?? code)
            .ToArray();
    }

    /// <summary>The regions marked in clinical wording, the side after each sided one: "Groin / anterior hip pain (right)".</summary>
    public static IReadOnlyList<string> ClinicianWords(KnowledgeBase knowledge, AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var side = Side(subject) switch { "both" => " (both sides)", { } s => " (" + s + ")", null => "" };
        return Marked(subject).Select(code =>
            (knowledge.FindQuestion(code)?.Clinician ?? code) + (SidedRegions.ContainsKey(code) ? side : "")).ToArray();
    }

    /// <summary>Whether a region takes a side (hip, buttock, groin, leg).</summary>
    public static bool IsSided(string code) => SidedRegions.ContainsKey(code);

    private static IEnumerable<string> Marked(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.AnsweredFindings().Where(p => p.Key.StartsWith("where.", StringComparison.Ordinal) && p.Value is true).Select(p => p.Key);
    }
}
