using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Care;
using HipSpine.Reports;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Records;

/// <summary>
/// The appointment report's data for one stored assessment: the stored case and result, the answers in words,
/// diary pain, the plan phase of today with the effective plan's exercises, adherence, outcome scores and the
/// clinician's adjustment. The web app's <c>report.pdf</c> and <c>hipspine export --format pdf</c> both build it here.
/// </summary>
public static class AppointmentReportData
{
    /// <summary>
    /// The report model; null when the stored case no longer reads with the current knowledge. <c>personName</c> is
    /// the name the person typed when making the report (printed, never stored); null for none.
    /// </summary>
    public static async Task<ReportModel?> BuildAsync(HipSpineDbContext db, KnowledgeText text, SavedAssessment row, DateTimeOffset now, CancellationToken cancellationToken, string? personName = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(row);
        var knowledge = text.Knowledge;
        if (StoredAssessmentCodec.Decode(knowledge, row) is not { } stored)
        {
            return null;
        }

        var rootId = stored.RootId;
        var planRow = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.AssessmentId == rootId, cancellationToken).ConfigureAwait(false);
        var entries = planRow is null ? [] : await db.DiaryEntries.AsNoTracking().Include(e => e.Exercises).Where(e => e.PlanId == planRow.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var scores = planRow is null ? [] : await db.OutcomeScores.AsNoTracking().Where(s => s.PlanId == planRow.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var plan = await PlanContext.LoadAsync(db, knowledge, stored, planRow, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var phase = plan.PhaseOfWeek(plan.WeekOf(today));
        var exerciseDays = entries.Where(e => e.Exercises.Count > 0).Select(e => DateOnly.FromDateTime(e.At)).Where(d => d > today.AddDays(-7)).Distinct().Count();
        var adherence = planRow is null ? "the plan has not been started"
            : string.Create(CultureInfo.InvariantCulture, $"{exerciseDays} of {PlanContext.SessionsPerWeek(phase)} planned exercise sessions in the last 7 days");
        var outcomes = knowledge.Care.Plan.Measures
            .Select(m => (m, list: scores.Where(s => s.Measure == m.Id).OrderBy(s => s.Date).ToArray()))
            .Where(p => p.list.Length > 0)
            .Select(p =>
            {
                var interpretation = OutcomeScoring.Interpret(p.m, p.list[0].Score, p.list[^1].Score);
                return new ReportOutcome(p.m.Name, interpretation.Baseline, interpretation.Current, interpretation.Summary);
            })
            .ToArray();

        return new ReportModel(
            personName?.Trim() ?? "",
            new DateTimeOffset(row.CreatedUtc, TimeSpan.Zero),
            stored.Result,
            stored.Result.Sources.Select(s => text.SourceName(s.Id)).ToArray(),
            Answers(text, stored.Case),
            entries.GroupBy(e => DateOnly.FromDateTime(e.At)).OrderBy(g => g.Key).Select(g => new DatedValue(g.Key, Math.Round(g.Average(e => e.Pain), 1))).ToArray(),
            phase.Phase.Title,
            phase.Exercises.Select(e => new ReportExercise(e.Name, e.Dosage.Text)).ToArray(),
            adherence,
            outcomes,
            plan.Adjustment is null ? null : PlanAdjustments.Describe(knowledge, plan.Adjustment))
        {
            FindingWords = text.FindingWords,
            AgeAndSex = string.Create(CultureInfo.InvariantCulture, $"{stored.Case.Age} years, {stored.Case.Sex ?? "sex not given"}"),
            WhereItHurts = PainSites.PatientWords(stored.Case),
        };
    }

    /// <summary>
    /// Every answer in the clinician's wording: warning signs answered yes first, then the other positive answers,
    /// then the "no" answers (stable: knowledge order within each). The body map and side are left out: the report
    /// names them at the top ("Where it hurts: right hip").
    /// </summary>
    private static ReportAnswer[] Answers(KnowledgeText text, Engine.Cases.AssessmentCase subject) =>
        subject.AnsweredFindings()
            .Where(p => !p.Key.StartsWith("where.", StringComparison.Ordinal) && p.Key != Engine.Interview.PainSide.Code)
            .Select(p =>
            {
                var question = text.Knowledge.FindQuestion(p.Key);
                var label = question?.Clinician is { Length: > 0 } clinician ? clinician : text.Question(p.Key);
                var positive = Positive(p.Value);
                return new ReportAnswer(label + ":", text.AnswerWords(p.Key, p.Value))
                {
                    IsWarningSign = positive && question?.RedFlag == true,
                    IsNegative = !positive,
                };
            })
            .OrderBy(a => a.IsWarningSign ? 0 : a.IsNegative ? 2 : 1)
            .ToArray();

    /// <summary>A "yes", a number above zero or a choice: what the clinician should read before the "no" answers.</summary>
    private static bool Positive(object value) => value switch
    {
        bool b => b,
        int n => n > 0,
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.False } => false,
        _ => true,
    };
}
