using System.Globalization;
using System.Text;
using HipSpine.Data;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.DataRights;

/// <summary>
/// One patient's diary values and outcome scores as CSV, one row per value: <c>kind,date,measure,value</c>, oldest
/// first. The "Download all my data" page and <c>hipspine export --format csv</c> both write this.
/// </summary>
internal static class PatientCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task<string> BuildAsync(HipSpineDbContext db, string patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var planIds = await db.Plans.AsNoTracking().Where(p => p.UserId == patientId).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = await db.DiaryEntries.AsNoTracking().Where(e => planIds.Contains(e.PlanId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var scores = await db.OutcomeScores.AsNoTracking().Where(s => planIds.Contains(s.PlanId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var csv = new StringBuilder("kind,date,measure,value\n");
        void Row(string kind, string date, string measure, double? value)
        {
            if (value is { } v)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{kind},{date},{measure},{v}\n");
            }
        }

        foreach (var e in entries.OrderBy(e => e.At))
        {
            var at = e.At.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            Row("diary", at, "pain", e.Pain);
            Row("diary", at, "stiffness", e.Stiffness);
            Row("diary", at, "sleep_quality", e.SleepQuality);
            Row("diary", at, "sleep_hours", e.SleepHours);
            Row("diary", at, "activity_minutes", e.ActivityMinutes);
        }

        foreach (var s in scores.OrderBy(s => s.Date))
        {
            Row("outcome", s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Measure, s.Score);
        }

        return csv.ToString();
    }
}
