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

    /// <summary>
    /// The citation part of an evidence reference, for the plan page: the study or guideline up to the first
    /// bracketed remark that starts with a word ("(oral NSAID first, ...)") or the first "; ". The plan of a person
    /// with many likely sources lists some thirty treatments, and the remarks would take it over the page budget;
    /// the report and the API keep the whole reference.
    /// </summary>
    public static string Citation(string reference)
    {
        var end = reference.Length;
        var semicolon = reference.IndexOf("; ", StringComparison.Ordinal);
        if (semicolon > 0)
        {
            end = semicolon;
        }

        for (var i = reference.IndexOf(" (", StringComparison.Ordinal); i > 0 && i < end; i = reference.IndexOf(" (", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 < reference.Length && char.IsLower(reference[i + 2]))
            {
                end = i;
                break;
            }
        }

        return reference[..end].TrimEnd(' ', ',', '.');
    }
}
