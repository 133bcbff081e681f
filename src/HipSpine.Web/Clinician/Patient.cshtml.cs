using System.Globalization;
using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using HipSpine.Web.Progress;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Clinician;

/// <summary>One shared assessment on the patient page.</summary>
public sealed record SharedLine(Guid Id, string Created, string UrgencyTitle, IReadOnlyList<string> TopSources, bool Examined, IReadOnlyList<string> Exercises, string? Adjustment);

/// <summary>A patient who shared with me: every shared assessment, the diary pain chart and the plan.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class PatientModel(HipSpineDbContext db, Sharing sharing, KnowledgeText text, KnowledgeBase knowledge, Audit.AuditTrail audit) : PageModel
{
    public string Email { get; private set; } = "";

    public IReadOnlyList<SharedLine> Assessments { get; private set; } = [];

    public ChartView? Pain { get; private set; }

    /// <summary>Age, sex, urgency, warning signs, latest pain, notes and scores, from the latest shared assessment.</summary>
    public PatientSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string patientId, CancellationToken cancellationToken)
    {
        if (!Sharing.IsClinician(User))
        {
            return NotFound();
        }

        var rows = await sharing.SharedRowsAsync(User.UserId()!, patientId, AuditResources.PatientRecord, cancellationToken);
        var grants = await sharing.ActiveGrantsAsync(User.UserId()!, patientId, cancellationToken);
        if (grants.Count == 0)
        {
            await audit.DeniedPatientAsync(patientId, AuditResources.PatientRecord, cancellationToken);
            return NotFound();
        }

        Email = await ClinicianQueries.EmailAsync(db, patientId, cancellationToken) ?? "";
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<SharedLine>();
        StoredAssessment? latest = null;
        foreach (var row in rows)
        {
            var stored = StoredAssessmentCodec.Decode(knowledge, row);
            if (stored is null)
            {
                continue;
            }

            latest = latest is null || row.CreatedUtc >= latest.Row.CreatedUtc ? stored : latest;

            var effective = await EffectivePlan.LoadAsync(db, knowledge, stored, cancellationToken);
            lines.Add(new SharedLine(
                row.Id,
                row.CreatedUtc.ToString("d MMMM yyyy, HH:mm", inv),
                KnowledgeText.UrgencyTitle(stored.Result.Urgency),
                stored.Result.Sources.Take(3).Select(s => text.SourceName(s.Id) + " " + KnowledgeText.Percent(s.Probability)).ToArray(),
                row.ExaminedBy is not null,
                effective.Exercises.Select(e => PlanAdjustments.Name(knowledge, e)).ToArray(),
                effective.Adjustment is null ? null : PlanAdjustments.Describe(knowledge, effective.Adjustment)));
        }

        Assessments = lines;
        var diary = await ClinicianData.DiaryAsync(db, rows.Select(r => r.RootId ?? r.Id).Distinct().ToArray(), cancellationToken);
        Summary = await PatientSummary.BuildAsync(db, text, latest, diary, cancellationToken);
        var days = diary.GroupBy(e => DateOnly.FromDateTime(e.At)).OrderBy(g => g.Key).TakeLast(ProgressReport.PainChartDays).ToArray();
        Pain = days.Length == 0 ? null : new ChartView("pain", "Pain over time", "The patient's average diary pain for each day with entries, 0 to 10.", "Day", "Pain (0-10)", 10,
            days.Select(d => d.Key.ToString("d MMM", inv)).ToArray(),
            [new ChartSeries("Average pain", "#1d4f91", days.Select(d => (double?)Math.Round(d.Average(e => e.Pain), 1)).ToArray())], Bars: false);
        return Page();
    }
}
