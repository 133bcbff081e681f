namespace HipSpine.Engine.Vocabulary;

/// <summary>The four urgency levels of the contract, most urgent first.</summary>
public static class Urgency
{
    public const string Emergency = "emergency";
    public const string Urgent = "urgent";
    public const string Soon = "soon";
    public const string SelfCare = "self_care";

    /// <summary>Most urgent first; the index is the rank used everywhere.</summary>
    public static readonly IReadOnlyList<string> All = [Emergency, Urgent, Soon, SelfCare];

    /// <summary>0 = emergency ... 3 = self_care; -1 when the id is not a level.</summary>
    public static int Rank(string id) => id switch
    {
        Emergency => 0,
        Urgent => 1,
        Soon => 2,
        SelfCare => 3,
        _ => -1,
    };
}
