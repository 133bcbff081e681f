using System.Globalization;
using System.Text;
using HipSpine.Records;

namespace HipSpine.Web.Plans;

/// <summary>
/// The plan as an iCalendar file (RFC 5545), written by hand: one event per phase repeating only on the phase's
/// exercise days, and a weekly check-in. With a reminder time the events are at that time of the person's own day
/// with a VALARM: floating local times, with the person's zone named in X-WR-TIMEZONE (which calendar apps use for
/// floating times), so 07:30 stays 07:30 in their zone across summer time; without one, all-day events.
/// CRLF line endings; lines folded at 75 octets.
/// </summary>
public static class PlanCalendar
{
    public const int OpenEndedWeeks = 12; // the last phase has no end: schedule its first 12 weeks
    public const int CheckInWeeks = 16;

    public static string Build(PlanContext context, DateTimeOffset now, string baseUrl, TimeOnly? remind = null, string? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var start = context.Row?.StartDate ?? throw new InvalidOperationException("the plan has not been started");
        var id = context.Row.Id.ToString("N");
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HipSpine//Recovery plan//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH" };
        if (remind is not null && !string.IsNullOrWhiteSpace(timeZone))
        {
            lines.Add("X-WR-TIMEZONE:" + Escape(timeZone));
        }

        for (var i = 0; i < context.Plan.Phases.Count; i++)
        {
            var phase = context.Plan.Phases[i];
            var (from, to) = context.PhaseDates(start, i);
            var perWeek = PlanContext.SessionsPerWeek(phase);
            var until = to?.AddDays(-1) ?? from.AddDays(OpenEndedWeeks * 7 - 1);
            var description = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{phase.Phase.Title}: {perWeek} sessions a week."));
            foreach (var e in phase.Exercises)
            {
                description.Append(CultureInfo.InvariantCulture, $"\n- {e.Name}: {e.Dosage.Text}");
            }

            description.Append(CultureInfo.InvariantCulture, $"\nPain up to 5/10 during exercise is fine if it settles by the next morning. Plan: {baseUrl}");
            lines.AddRange(Event(
                $"{id}-{phase.Phase.Id}@hipspine",
                stamp,
                from,
                $"RRULE:FREQ=WEEKLY;BYDAY={Days(perWeek, from)};UNTIL={until.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}{(remind is null ? "" : "T235959")}",
                $"HipSpine exercises: {phase.Phase.Title}",
                description.ToString(),
                remind));
        }

        lines.AddRange(Event(
            $"{id}-check-in@hipspine",
            stamp,
            start.AddDays(7),
            $"RRULE:FREQ=WEEKLY;COUNT={CheckInWeeks.ToString(CultureInfo.InvariantCulture)}",
            "HipSpine weekly check-in",
            $"Log your pain and any new warning signs, and look at your progress: {baseUrl}",
            remind));
        lines.Add("END:VCALENDAR");
        return string.Concat(lines.Select(l => Fold(l) + "\r\n"));
    }

    private static IEnumerable<string> Event(string uid, string stamp, DateOnly day, string rule, string summary, string description, TimeOnly? remind)
    {
        yield return "BEGIN:VEVENT";
        yield return "UID:" + uid;
        yield return "DTSTAMP:" + stamp;
        if (remind is { } time)
        {
            yield return "DTSTART:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T" + time.ToString("HHmm", CultureInfo.InvariantCulture) + "00";
            yield return "DURATION:PT30M";
        }
        else
        {
            yield return "DTSTART;VALUE=DATE:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        }

        yield return rule;
        yield return "SUMMARY:" + Escape(summary);
        yield return "DESCRIPTION:" + Escape(description);
        yield return "TRANSP:TRANSPARENT";
        if (remind is not null)
        {
            yield return "BEGIN:VALARM";
            yield return "ACTION:DISPLAY";
            yield return "TRIGGER:PT0S";
            yield return "DESCRIPTION:" + Escape(summary);
            yield return "END:VALARM";
        }

        yield return "END:VEVENT";
    }

    /// <summary>Exercise days spread over the week, the first on the phase's first weekday.</summary>
    internal static string Days(int perWeek, DateOnly first)
    {
        string[] names = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
        var offset = (int)first.DayOfWeek;
        return string.Join(',', Enumerable.Range(0, perWeek).Select(k => names[(offset + (k * 7 / perWeek)) % 7]));
    }

    /// <summary>TEXT escaping (RFC 5545 3.3.11).</summary>
    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Folds a content line into lines of at most 75 octets (RFC 5545 3.1), never splitting a UTF-8 character.</summary>
    internal static string Fold(string line)
    {
        var result = new StringBuilder();
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                result.Append("\r\n ");
                octets = 1; // the leading space of the continuation line
            }

            result.Append(rune.ToString());
            octets += size;
        }

        return result.ToString();
    }
}
