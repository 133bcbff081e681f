namespace HipSpine.Engine.Assessment;

/// <summary>
/// The reason given when the rules alone would say "self care" but questions that decide it are unanswered:
/// an unanswered question is never reassurance, so the result is "soon" until they are answered.
/// </summary>
public static class IncompleteAnswers
{
    private const string Advice =
        "Some questions that decide whether it is safe to look after this at home are not answered yet. " +
        "Answer them to get home-care advice; until then, book an appointment with a doctor or physiotherapist within 1-2 weeks. " +
        "Get help sooner if any warning sign appears.";

    /// <summary>The reason's plain title (also for results read back from storage, which do not keep it).</summary>
    public const string Name = "Some important questions are not answered yet";

    /// <summary>Why an unanswered question withholds self care, in plain words.</summary>
    public const string Explanation =
        "We only say that home care is enough when every warning-sign question and the questions about how long, " +
        "how bad and how it affects walking have been answered.";

    private const string Reference =
        "HipSpine assessment contract 1.1 (unknown is never reassurance); NICE NG59 (2016, updated 2020) and NICE CKS " +
        "low back pain: assess for red flags before self-management";

    internal static UrgencyReason Reason(IReadOnlyList<string> missing) =>
        new(AssessmentEngine.IncompleteAnswersRule, Vocabulary.Urgency.Soon, missing, Advice, Reference)
        {
            Name = Name,
            Explanation = Explanation,
        };
}
