using System.Text;
using HipSpine.Web.Hosting;
using HipSpine.Data;

namespace HipSpine.Web.Plans;

/// <summary><c>GET /assessments/{id}/plan.ics</c>: the owner's started plan as a calendar file.</summary>
internal static class PlanCalendarApi
{
    public static IEndpointRouteBuilder MapPlanCalendar(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assessments/{id:guid}/plan.ics", DownloadAsync).WithName("PlanCalendar").RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> DownloadAsync(Guid id, string? remind, string? timeZone, HttpContext http, PlanLoader loader, LinkGenerator links, PublicLinks publicLinks, TimeProvider time, PersonClock clock, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(timeZone) && !PersonClock.TryFind(timeZone, out _))
        {
            return PersonClock.Invalid();
        }

        TimeOnly? at = null;
        if (!string.IsNullOrEmpty(remind))
        {
            if (!TimeOnly.TryParseExact(remind, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The reminder time is not valid.",
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["remind"] = ["Enter the time as hh:mm, for example 07:30."] } });
            }

            at = parsed;
        }

        var context = await loader.LoadAsync(id, http.User, AuditResources.PlanCalendar, cancellationToken);
        if (context?.Row is null)
        {
            return TypedResults.NotFound();
        }

        // From Hosting:PublicBaseUrl, never the request's Host: a forged Host must not reach the person's calendar.
        var url = publicLinks.Absolute(links.GetPathByPage("/Plans/Plan", values: new { id })!);
        // The reminder is at the person's own time of day: their browser's zone, else their latest diary entry's.
        var zone = string.IsNullOrEmpty(timeZone) ? await clock.ZoneOfPlanAsync(context.Row.Id, cancellationToken) : timeZone.Trim();
        var body = PlanCalendar.Build(context, time.GetUtcNow(), url, at, zone);
        return TypedResults.File(Encoding.UTF8.GetBytes(body), "text/calendar; charset=utf-8", "hipspine-plan.ics");
    }
}
