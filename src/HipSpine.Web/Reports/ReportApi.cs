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

    /// <summary>The longest name printed on the report.</summary>
    public const int MaxNameLength = 100;

    private static async Task<IResult> GetAsync(Guid id, string? name, HttpContext context, Sharing sharing, HipSpineDbContext db, KnowledgeText text, TimeProvider time, CancellationToken cancellationToken)
    {
        // The name is typed when making the report and printed on it only; it is never stored.
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (name is not null && (name.Length > MaxNameLength || name.Any(char.IsControl)))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["name"] = [string.Create(CultureInfo.InvariantCulture, $"The name must be at most {MaxNameLength} characters, without line breaks.")] });
        }

        var stored = await sharing.FindSharedAsync(id, context.User, AuditResources.Report, cancellationToken);
        if (stored is null || await AppointmentReportData.BuildAsync(db, text, stored.Row, time.GetUtcNow(), cancellationToken, name) is not { } model)
        {
            return TypedResults.NotFound();
        }

        var pdf = AppointmentReport.Write(model);
        return TypedResults.File(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture, $"hipspine-report-{stored.Row.CreatedUtc:yyyy-MM-dd}.pdf"));
    }
}
