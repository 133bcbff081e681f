using System.Globalization;
using System.Text.Json;
using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Assessment;

namespace HipSpine.Web.Clinician;

/// <summary>Small queries the clinician pages share.</summary>
internal static class ClinicianData
{
    public static string Urgency(SavedAssessment row) =>
        JsonSerializer.Deserialize<AssessmentResult>(row.ResultJson, HipSpineJson.Options)?.Urgency ?? "";

    /// <summary>The diary entries of the plans of these assessments, oldest first.</summary>
    public static Task<IReadOnlyList<DiaryEntry>> DiaryAsync(HipSpineDbContext db, IReadOnlyCollection<Guid> assessmentIds, CancellationToken cancellationToken) =>
        ClinicianQueries.DiaryOfAssessmentsAsync(db, assessmentIds, cancellationToken);

    /// <summary>The days of diary the trend reads: this week and the week before.</summary>
    public const int TrendDays = 14;

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
