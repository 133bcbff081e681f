using System.Globalization;
using System.Text.Json;
using HipSpine.Data;
using HipSpine.Engine.Assessment;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Clinician;

/// <summary>Small queries the clinician pages share.</summary>
internal static class ClinicianData
{
    public static string Urgency(SavedAssessment row) =>
        JsonSerializer.Deserialize<AssessmentResult>(row.ResultJson, HipSpineJson.Options)?.Urgency ?? "";

    /// <summary>The diary entries of the plans of these assessments, oldest first.</summary>
    public static async Task<IReadOnlyList<DiaryEntry>> DiaryAsync(HipSpineDbContext db, IReadOnlyCollection<Guid> assessmentIds, CancellationToken cancellationToken)
    {
        var planIds = await db.Plans.AsNoTracking().Where(p => assessmentIds.Contains(p.AssessmentId)).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = await db.DiaryEntries.AsNoTracking().Include(e => e.Exercises).Where(e => planIds.Contains(e.PlanId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return entries.OrderBy(e => e.At).ToArray();
    }

    /// <summary>Pain this week against the week before: an arrow and words (down is better).</summary>
    public static (string Arrow, string Words) PainTrend(IReadOnlyList<DiaryEntry> entries, DateTime nowUtc)
    {
        double? Mean(int from, int to)
        {
            var week = entries.Where(e => e.At > nowUtc.AddDays(-from) && e.At <= nowUtc.AddDays(-to)).ToArray();
            return week.Length == 0 ? null : week.Average(e => e.Pain);
        }

        var now = Mean(7, 0);
        var before = Mean(14, 7);
        if (now is null || before is null)
        {
            return ("–", "not enough diary entries");
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{before:0.0} to {now:0.0}");
        return now < before - 0.25 ? ("↓", "pain falling, " + text)
            : now > before + 0.25 ? ("↑", "pain rising, " + text)
            : ("→", "pain steady, " + text);
    }
}
