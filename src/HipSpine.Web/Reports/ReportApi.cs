using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Care;
using HipSpine.Engine.Knowledge;
using HipSpine.Reports;
using HipSpine.Web.Clinician;
using HipSpine.Web.Hosting;
using HipSpine.Web.Plans;
using HipSpine.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Reports;

/// <summary>
/// <c>GET /assessments/{id}/report.pdf</c>: the appointment report for the owner or a clinician with an
/// active grant (anyone else 404), built from the stored case and result, diary, plan, scores and the
/// clinician's latest note.
/// </summary>
internal static class ReportApi
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assessments/{id:guid}/report.pdf", GetAsync).RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, Sharing sharing, HipSpineDbContext db, KnowledgeText text, TimeProvider time, CancellationToken cancellationToken)
    {
        var stored = await sharing.FindSharedAsync(id, context.User, AuditResources.Report, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        var model = await BuildAsync(db, text, stored.Row, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var pdf = AppointmentReport.Write(model);
        return TypedResults.File(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture, $"hipspine-report-{stored.Row.CreatedUtc:yyyy-MM-dd}.pdf"));
    }

    /// <summary>The report's data for one stored assessment (null when the stored case no longer reads).</summary>
    public static async Task<ReportModel> BuildAsync(HipSpineDbContext db, KnowledgeText text, SavedAssessment row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(row);
        var knowledge = text.Knowledge;
        var stored = Assessments.AssessmentStore.Read(knowledge, row) ?? throw new InvalidOperationException("The stored case no longer reads.");
        var rootId = row.RootId ?? row.Id;
        var email = await db.Users.AsNoTracking().Where(u => u.Id == row.UserId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var planRow = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.AssessmentId == rootId, cancellationToken).ConfigureAwait(false);
        var entries = planRow is null ? [] : await db.DiaryEntries.AsNoTracking().Include(e => e.Exercises).Where(e => e.PlanId == planRow.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var scores = planRow is null ? [] : await db.OutcomeScores.AsNoTracking().Where(s => s.PlanId == planRow.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var adjustments = await db.PlanAdjustments.AsNoTracking().Where(a => a.AssessmentId == row.Id || a.AssessmentId == rootId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var adjustment = adjustments.OrderByDescending(a => a.CreatedUtc).FirstOrDefault();

        var plan = new PlanContext(stored, planRow, RecoveryPlanner.Plan(knowledge, stored.Result, stored.Case));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var phase = plan.PhaseOfWeek(plan.WeekOf(today));
        var exercises = phase.Exercises.Select(e => e.Id).ToList();
        if (adjustment is not null)
        {
            exercises.RemoveAll(e => PlanAdjustments.Ids(adjustment.Dropped).Contains(e));
            exercises.AddRange(PlanAdjustments.Ids(adjustment.Added).Where(e => !exercises.Contains(e)));
        }

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
            email ?? "HipSpine user",
            new DateTimeOffset(row.CreatedUtc, TimeSpan.Zero),
            stored.Result,
            stored.Result.Sources.Select(s => text.SourceName(s.Id)).ToArray(),
            stored.Case.AnsweredFindings().Select(p => new ReportAnswer(text.Question(p.Key), text.AnswerWords(p.Key, p.Value))).ToArray(),
            entries.GroupBy(e => DateOnly.FromDateTime(e.At)).OrderBy(g => g.Key).Select(g => new DatedValue(g.Key, Math.Round(g.Average(e => e.Pain), 1))).ToArray(),
            phase.Phase.Title,
            exercises.Select(e => knowledge.Care.Exercises.FirstOrDefault(k => k.Id == e)).OfType<ExerciseKnowledge>()
                .Select(e => new ReportExercise(e.Name, e.Dosage.Text)).ToArray(),
            adherence,
            outcomes,
            adjustment is null ? null : PlanAdjustments.Describe(knowledge, adjustment));
    }
}
