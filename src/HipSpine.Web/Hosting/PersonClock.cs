using HipSpine.Data;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Hosting;

/// <summary>
/// The person's own clock. Forms that write the diary carry a hidden <c>timeZone</c> field: the IANA zone the
/// browser reports (<c>timezone.js</c>), or, without JavaScript, the zone of the person's latest diary entry, else
/// UTC. The zone is stored with each entry, and "now" and "today" on the plan, diary and progress pages are read
/// in the latest stored zone, so a person in New York is not shown tomorrow's plan at 8 pm.
/// </summary>
public sealed class PersonClock(TimeProvider time, HipSpineDbContext db)
{
    /// <summary>The form field and query parameter that carries the zone.</summary>
    public const string Field = "timeZone";

    public const string Utc = "UTC";

    /// <summary>A known IANA (or Windows) zone id; a blank one is not valid.</summary>
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>400 problem details naming the field, for a zone id that is not known.</summary>
    public static IResult Invalid() => DataLimits.Invalid(Field, "Unknown time zone: send an IANA time zone id such as Europe/London, or leave it out for UTC.");

    /// <summary>The zone of the plan's latest diary entry that has one; UTC when none has.</summary>
    public async Task<string> ZoneOfPlanAsync(Guid planId, CancellationToken cancellationToken)
    {
        var zone = await db.DiaryEntries.AsNoTracking().Where(e => e.PlanId == planId && e.TimeZone != null)
            .OrderByDescending(e => e.At).Select(e => e.TimeZone).FirstOrDefaultAsync(cancellationToken);
        return TryFind(zone, out _) ? zone! : Utc;
    }

    /// <summary>The wall-clock time now in the zone (an unknown zone reads as UTC).</summary>
    public DateTime Now(string zone)
    {
        TryFind(zone, out var info);
        return TimeZoneInfo.ConvertTime(time.GetUtcNow(), info).DateTime;
    }

    public DateOnly Today(string zone) => DateOnly.FromDateTime(Now(zone));
}
