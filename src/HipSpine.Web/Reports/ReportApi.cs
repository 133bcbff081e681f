using System.Globalization;
using HipSpine.Data;
using HipSpine.Records;
using HipSpine.Reports;
using HipSpine.Web.Clinician;
using HipSpine.Web.Hosting;

namespace HipSpine.Web.Reports;

/// <summary>
/// <c>GET /assessments/{id}/report.pdf</c>: the appointment report (<see cref="AppointmentReportData"/>) for the
/// owner or a clinician with an active grant; anyone else, or a stored case that no longer reads, gets 404.
/// </summary>
internal static class ReportApi
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assessments/{id:guid}/report.pdf", GetAsync).WithName("AssessmentReport").RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, Sharing sharing, HipSpineDbContext db, KnowledgeText text, TimeProvider time, CancellationToken cancellationToken)
    {
        var stored = await sharing.FindSharedAsync(id, context.User, AuditResources.Report, cancellationToken);
        if (stored is null || await AppointmentReportData.BuildAsync(db, text, stored.Row, time.GetUtcNow(), cancellationToken) is not { } model)
        {
            return TypedResults.NotFound();
        }

        var pdf = AppointmentReport.Write(model);
        return TypedResults.File(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture, $"hipspine-report-{stored.Row.CreatedUtc:yyyy-MM-dd}.pdf"));
    }
}
