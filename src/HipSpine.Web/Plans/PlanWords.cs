namespace HipSpine.Web.Plans;

/// <summary>Plain words for the care engine's codes.</summary>
public static class PlanWords
{
    public static readonly IReadOnlyList<string> Categories = ["conventional", "alternative", "home"];

    public static string CategoryTitle(string category) => category switch
    {
        "conventional" => "Conventional treatments",
        "alternative" => "Alternative and complementary treatments",
        "home" => "Home remedies and self-care",
        _ => category,
    };

    public static string Status(string status) => status switch
    {
        "offered" => "You can start this now",
        "after_being_seen" => "Only after you have been seen by a doctor or physiotherapist",
        "specialist" => "Only from a specialist, if simpler treatment has not helped",
        "not_advised" => "Guidelines advise against this",
        "avoid" => "Avoid: not safe for you",
        _ => status,
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

    public static string Weeks(int from, int to) => to == 0 ? $"from week {from}" : $"weeks {from} to {to}";

    public static string Decision(string action) => action switch
    {
        "advance" => "Ready to make it harder",
        "step_back" => "Make it easier next time",
        _ => "Stay at this level",
    };
}
