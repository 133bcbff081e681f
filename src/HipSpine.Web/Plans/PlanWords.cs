using HipSpine.Engine.Care;

namespace HipSpine.Web.Plans;

/// <summary>Plain words for the care engine's codes.</summary>
public static class PlanWords
{
    /// <summary>The order of the plan's option groups.</summary>
    public static readonly IReadOnlyList<TreatmentCategory> Categories = [TreatmentCategory.Conventional, TreatmentCategory.Alternative, TreatmentCategory.Home];

    public static string CategoryTitle(TreatmentCategory category) => category switch
    {
        TreatmentCategory.Conventional => "Conventional treatments",
        TreatmentCategory.Alternative => "Alternative and complementary treatments",
        TreatmentCategory.Home => "Home remedies and self-care",
    };

    public static string Status(TreatmentStatus status) => status switch
    {
        TreatmentStatus.Offered => "You can start this now",
        TreatmentStatus.AfterBeingSeen => "Only after you have been seen by a doctor or physiotherapist",
        TreatmentStatus.Specialist => "Only from a specialist, if simpler treatment has not helped",
        TreatmentStatus.NotAdvised => "Guidelines advise against this",
        TreatmentStatus.Avoid => "Avoid: not safe for you",
    };

    public static string Position(string position) => position switch
    {
        "recommended" => "recommends it",
        "conditional" => "suggests it for some people",
        "not_recommended" => "does not recommend it",
        "against" => "advises against it",
        "insufficient" => "finds the evidence too weak to say",
        _ => position.Replace('_', ' '),
    };

    /// <summary>The strength of a guideline's evidence in words ("very low", never the id "very_low").</summary>
    public static string Strength(string strength) => strength.Replace('_', ' ');

    public static string Weeks(int from, int to) => to == 0 ? $"from week {from}" : $"weeks {from} to {to}";

    public static string Decision(ProgressionAction action) => action switch
    {
        ProgressionAction.Advance => "Ready to make it harder",
        ProgressionAction.StepBack => "Make it easier next time",
        ProgressionAction.Hold => "Stay at this level",
    };
}
