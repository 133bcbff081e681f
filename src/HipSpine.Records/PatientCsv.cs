using System.Globalization;
using System.Text;
using System.Text.Json;
using HipSpine.Data;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Records;

/// <summary>
/// Everything stored about one person as CSV, one row per value: <c>kind,date,measure,value</c> (RFC 4180 quoting
/// where a value needs it). Kinds, each oldest first: <c>account</c>, <c>assessment</c> (urgency and knowledge
/// version of each saved result; the answers themselves are in the FHIR download), <c>plan</c>, <c>diary</c> (every
/// field of an entry, free text included), <c>exercise</c> (each logged exercise of an entry), <c>outcome</c> (score
/// and item answers), <c>clinician_change</c> (what a clinician changed in a plan, with their note), <c>share</c>
/// (share codes: for whom, what, until when, redeemed, withdrawn) and <c>access</c> (the audit trail of the person's
/// data: what was done, to what, by which kind of account). The "Download all my data" page and
/// <c>hipspine export --format csv</c> both write this.
/// </summary>
public static class PatientCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task<string> BuildAsync(HipSpineDbContext db, string patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var csv = new CsvRows();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == patientId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        csv.Add("account", "", "email", account);

        var assessments = await db.SavedAssessments.AsNoTracking().Where(a => a.UserId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var a in assessments.OrderBy(a => a.CreatedUtc))
        {
            var at = Stamp(a.CreatedUtc);
            csv.Add("assessment", at, "id", a.Id.ToString());
            csv.Add("assessment", at, "examined_version_of", a.RootId?.ToString());
            csv.Add("assessment", at, "urgency", Urgency(a.ResultJson));
            csv.Add("assessment", at, "knowledge_version", a.KnowledgeVersion);
        }

        var plans = await db.Plans.AsNoTracking().Where(p => p.UserId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var p in plans.OrderBy(p => p.StartDate))
        {
            csv.Add("plan", Day(p.StartDate), "started_for_assessment", p.AssessmentId.ToString());
        }

        var planIds = plans.Select(p => p.Id).ToArray();
        var entries = await db.DiaryEntries.AsNoTracking().Include(e => e.Exercises).Where(e => planIds.Contains(e.PlanId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var e in entries.OrderBy(e => e.At))
        {
            AddDiaryEntry(csv, e);
        }

        var scores = await db.OutcomeScores.AsNoTracking().Where(s => planIds.Contains(s.PlanId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var s in scores.OrderBy(s => s.Date))
        {
            var date = Day(s.Date);
            csv.Add("outcome", date, s.Measure, s.Score);
            csv.Add("outcome", date, s.Measure + ":items", s.Items);
            csv.Add("outcome", date, s.Measure + ":labels", s.Labels);
        }

        var assessmentIds = assessments.Select(a => a.Id).ToArray();
        var changes = await db.PlanAdjustments.AsNoTracking().Where(c => assessmentIds.Contains(c.AssessmentId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var c in changes.OrderBy(c => c.CreatedUtc))
        {
            var at = Stamp(c.CreatedUtc);
            csv.Add("clinician_change", at, "assessment", c.AssessmentId.ToString());
            csv.Add("clinician_change", at, "added", c.Added);
            csv.Add("clinician_change", at, "dropped", c.Dropped);
            csv.Add("clinician_change", at, "note", c.Note);
        }

        await AddSharesAndAccessAsync(db, csv, patientId, cancellationToken).ConfigureAwait(false);
        return csv.ToString();
    }

    private static void AddDiaryEntry(CsvRows csv, DiaryEntry e)
    {
        var at = e.At.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        csv.Add("diary", at, "pain", e.Pain);
        csv.Add("diary", at, "stiffness", e.Stiffness);
        csv.Add("diary", at, "stiffness_minutes", e.StiffnessMinutes);
        csv.Add("diary", at, "sleep_quality", e.SleepQuality);
        csv.Add("diary", at, "sleep_hours", e.SleepHours);
        csv.Add("diary", at, "activity", e.Activity);
        csv.Add("diary", at, "activity_minutes", e.ActivityMinutes);
        csv.Add("diary", at, "medication", e.Medication);
        csv.Add("diary", at, "notes", e.Notes);
        csv.Add("diary", at, "time_zone", e.TimeZone);
        csv.Add("diary", at, "new_warning_signs", e.NewWarningSigns);
        foreach (var x in e.Exercises.OrderBy(x => x.ExerciseId, StringComparer.Ordinal))
        {
            csv.Add("exercise", at, x.ExerciseId + ":sets", x.Sets);
            csv.Add("exercise", at, x.ExerciseId + ":reps", x.Reps);
            csv.Add("exercise", at, x.ExerciseId + ":pain_during", x.PainDuring);
            csv.Add("exercise", at, x.ExerciseId + ":next_morning", x.NextMorning);
        }
    }

    private static async Task AddSharesAndAccessAsync(HipSpineDbContext db, CsvRows csv, string patientId, CancellationToken cancellationToken)
    {
        var grants = await db.ShareGrants.AsNoTracking().Where(g => g.PatientId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var g in grants.OrderBy(g => g.CreatedUtc))
        {
            var at = Stamp(g.CreatedUtc);
            csv.Add("share", at, "covers", g.AssessmentId?.ToString() ?? "all my data");
            csv.Add("share", at, "for_email", g.ClinicianEmail);
            csv.Add("share", at, "expires", Stamp(g.ExpiresUtc));
            csv.Add("share", at, "redeemed", g.RedeemedUtc is { } redeemed ? Stamp(redeemed) : null);
            csv.Add("share", at, "withdrawn", g.RevokedUtc is { } revoked ? Stamp(revoked) : null);
        }

        var events = await db.AuditEvents.AsNoTracking().Where(a => a.PatientId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var a in events.OrderBy(a => a.WhenUtc).ThenBy(a => a.Id))
        {
            csv.Add("access", Stamp(a.WhenUtc), a.Action + ":" + a.Resource, a.ActorRole + (a.RemoteIp is null ? "" : " from " + a.RemoteIp));
        }
    }

    /// <summary>The stored result's urgency (the full result and the answers are in the FHIR download).</summary>
    private static string? Urgency(string resultJson)
    {
        try
        {
            using var document = JsonDocument.Parse(resultJson);
            return document.RootElement.TryGetProperty("urgency", out var urgency) ? urgency.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A cell a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
    /// carriage return) gets a leading apostrophe so it is shown instead; a cell that is wholly a number
    /// (<c>-3</c>, <c>+2.5</c>) is left as it is. <c>-1+HYPERLINK(...)</c> is not a number, so it is defused.
    /// </summary>
    public static string Defused(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var risky = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        return risky && !IsNumber(value) ? "'" + value : value;
    }

    /// <summary>Wholly a number: an optional sign, digits, a decimal point and an exponent, nothing else (no spaces, no operators).</summary>
    private static bool IsNumber(string value) =>
        !value.AsSpan().ContainsAnyExcept("0123456789+-.eE")
        && double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);

    /// <summary>The rows; a value that is missing (null or empty) is left out rather than written blank.</summary>
    private sealed class CsvRows
    {
        private readonly StringBuilder text = new("kind,date,measure,value\n");

        public void Add(string kind, string date, string measure, double? value)
        {
            if (value is { } v)
            {
                Add(kind, date, measure, v.ToString(CultureInfo.InvariantCulture));
            }
        }

        public void Add(string kind, string date, string measure, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            text.Append(Field(kind)).Append(',').Append(Field(date)).Append(',').Append(Field(measure)).Append(',').Append(Field(value)).Append('\n');
        }

        public override string ToString() => text.ToString();

        /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; see <see cref="Defused"/>.</summary>
        private static string Field(string value)
        {
            value = Defused(value);
            return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }
    }
}
