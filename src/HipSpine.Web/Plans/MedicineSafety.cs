using HipSpine.Engine.Care;

namespace HipSpine.Web.Plans;

/// <summary>
/// What the plan may say about a medicine before anyone has checked it is safe for this person: medicines that
/// need a prescription only ever say "ask your doctor"; anti-inflammatories (NSAIDs) first ask the questions a
/// pharmacist would (stomach, kidneys, heart, blood thinners, asthma, pregnancy) and never say "you can start"
/// to someone who has not answered them or who answered yes to any.
/// </summary>
public static class MedicineSafety
{
    // The knowledge files do not mark prescription-only medicines, so the list lives here beside the words that use it.
    private static readonly HashSet<string> PrescriptionOnly = new(StringComparer.Ordinal)
    {
        "duloxetine", "muscle_relaxant", "neuropathic_pain_medicines", "weak_opioid", "rheumatology_biologic_therapy",
    };

    private static readonly HashSet<string> AntiInflammatories = new(StringComparer.Ordinal) { "oral_nsaid", "topical_nsaid" };

    /// <summary>The questions, each with the words used when the person says yes.</summary>
    public static readonly IReadOnlyList<(string Id, string Question, string Because)> NsaidQuestions =
    [
        ("ulcer", "I have had a stomach ulcer or bleeding from the stomach or gut", "you have had a stomach ulcer or bleeding"),
        ("kidney", "I have kidney disease", "you have kidney disease"),
        ("heart", "I have heart failure", "you have heart failure"),
        ("thinner", "I take a blood thinner (for example warfarin, apixaban, rivaroxaban or daily aspirin)", "you take a blood thinner"),
        ("asthma", "My asthma has got worse after ibuprofen, aspirin or a similar medicine", "your asthma has got worse with these medicines"),
        ("pregnant", "I am pregnant or trying to become pregnant", "you are pregnant or trying to be"),
    ];

    public static bool NeedsPrescription(TreatmentOption option) =>
        PrescriptionOnly.Contains(option?.Treatment.Id ?? "");

    public static bool AsksSafetyQuestions(TreatmentOption option) =>
        AntiInflammatories.Contains(option?.Treatment.Id ?? "");

    /// <summary>The status line: the engine's, unless a medicine rule above says otherwise.</summary>
    public static string Status(TreatmentOption option, NsaidAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(answers);
        var ordinary = option.Status is TreatmentStatus.Offered or TreatmentStatus.AfterBeingSeen;
        if (ordinary && NeedsPrescription(option))
        {
            return "Ask your doctor: this medicine needs a prescription";
        }

        if (option.Status == TreatmentStatus.Offered && AsksSafetyQuestions(option))
        {
            return !answers.Answered ? "Answer the safety questions below before taking this"
                : answers.Yes.Count > 0 ? "Ask your doctor or pharmacist before taking this, because " + string.Join(" and ", answers.Yes) + "."
                : "From your answers, you may try this, as the leaflet says: the lowest dose for the shortest time";
        }

        return PlanWords.Status(option.Status);
    }
}

/// <summary>The anti-inflammatory safety answers, sent with the plan page's address (nothing is stored).</summary>
public sealed record NsaidAnswers(bool Answered, IReadOnlyList<string> Yes)
{
    public static NsaidAnswers From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ticked = query["nsaid-risk"].ToHashSet(StringComparer.Ordinal);
        return new NsaidAnswers(
            query["nsaid-checked"] == "1",
            MedicineSafety.NsaidQuestions.Where(q => ticked.Contains(q.Id)).Select(q => q.Because).ToArray());
    }

    public bool Ticked(string id) => MedicineSafety.NsaidQuestions.Any(q => q.Id == id && Yes.Contains(q.Because));
}

/// <summary>One treatment option as the plan shows it, with what is needed to word a medicine safely.</summary>
public sealed record OptionView(TreatmentOption Option, NsaidAnswers Nsaid, Guid AssessmentId);
