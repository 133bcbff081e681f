using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Records;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Clinician;

/// <summary>
/// What a clinician reads first about a patient, from the latest shared assessment and the diary: age, sex,
/// urgency, the warning signs the person answered yes to, where it hurts, the latest pain, recent notes and the
/// outcome scores, all in words.
/// </summary>
public sealed record PatientSummary(
    string AgeAndSex,
    string Urgency,
    IReadOnlyList<string> RedFlags,
    string WhereItHurts,
    string? LatestPain,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Outcomes)
{
    public static async Task<PatientSummary?> BuildAsync(
        HipSpineDbContext db, KnowledgeText text, StoredAssessment? latest, IReadOnlyList<DiaryEntry> diary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diary);
        if (latest is null)
        {
            return null;
        }

        var knowledge = text.Knowledge;
        var inv = CultureInfo.InvariantCulture;
        var answered = latest.Case.AnsweredFindings().ToArray();
        var redFlags = answered
            .Where(p => p.Value is true && knowledge.FindQuestion(p.Key)?.RedFlag == true)
            .Select(p => FindingLabel(knowledge, p.Key))
            .ToArray();
        var where = PainSites.ClinicianWords(knowledge, latest.Case);
        var last = diary.Count == 0 ? null : diary[^1];
        var notes = diary.Where(e => !string.IsNullOrWhiteSpace(e.Notes)).TakeLast(3).Reverse()
            .Select(e => e.At.ToString("d MMM", inv) + ": " + e.Notes!.Trim()).ToArray();
        var planIds = diary.Select(e => e.PlanId).Distinct().ToArray();
        var scores = await db.OutcomeScores.AsNoTracking().Where(s => planIds.Contains(s.PlanId)).ToListAsync(cancellationToken);
        var outcomes = knowledge.Care.Plan.Measures
            .Select(m => (m, list: scores.Where(s => s.Measure == m.Id).OrderBy(s => s.Date).ToArray()))
            .Where(p => p.list.Length > 0)
            .Select(p => string.Create(inv, $"{p.m.Name}: {p.list[^1].Score:0.#} on {p.list[^1].Date:d MMM} (first {p.list[0].Score:0.#})"))
            .ToArray();
        var sex = latest.Case.Sex ?? "sex not given";
        return new PatientSummary(
            string.Create(inv, $"{latest.Case.Age} years, {sex}"),
            KnowledgeText.UrgencyTitle(latest.Result.Urgency),
            redFlags,
            where.Count == 0 ? "not marked" : string.Join(", ", where),
            last is null ? null : string.Create(inv, $"{last.Pain}/10 on {last.At:d MMM yyyy}"),
            notes,
            outcomes);
    }

    private static string FindingLabel(KnowledgeBase knowledge, string code) =>
        knowledge.FindQuestion(code)?.Clinician is { Length: > 0 } clinician ? clinician : knowledge.FindQuestion(code)?.Question ?? code;
}
