using System.Security.Claims;
using System.Text;
using HipSpine.Web.Hosting;
using HipSpine.Data;

namespace HipSpine.Web.Plans;

/// <summary><c>GET /assessments/{id}/plan.ics</c>: the owner's started plan as a calendar file.</summary>
internal static class PlanCalendarApi
{
    public static IEndpointRouteBuilder MapPlanCalendar(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assessments/{id:guid}/plan.ics", DownloadAsync).RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> DownloadAsync(Guid id, ClaimsPrincipal user, HttpRequest request, PlanLoader loader, TimeProvider time, CancellationToken cancellationToken)
    {
        var context = await loader.LoadAsync(id, user, AuditResources.PlanCalendar, cancellationToken);
        if (context?.Row is null)
        {
            return TypedResults.NotFound();
        }

        var url = $"{request.Scheme}://{request.Host}/assessments/{id:D}/plan";
        var body = PlanCalendar.Build(context, time.GetUtcNow(), url);
        return TypedResults.File(Encoding.UTF8.GetBytes(body), "text/calendar; charset=utf-8", "hipspine-plan.ics");
    }
}
