using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace HipSpine.Web.Assessments;

/// <summary>
/// <c>POST /assessments</c>: the "Save" form. Signed in, the result is saved to the account; otherwise under a
/// private link. Sign-up and sign-in can also save (AssessmentStore); nothing else stores a result.
/// </summary>
internal static class SavedAssessmentsApi
{
    public static IEndpointRouteBuilder MapSavedAssessments(this IEndpointRouteBuilder routes)
    {
        // Antiforgery is validated by UseAntiforgery for this form post (same token as the Razor page).
        routes.MapPost("/assessments", SaveAsync).WithName("SaveAssessment").RequireAuthorization(Policies.Public).ExcludeFromDescription(); // saves to the account, or under a private link
        return routes;
    }

    private static async Task<IResult> SaveAsync(
        [FromForm] string? state, HttpContext context, InterviewStateProtector protector, AssessmentEngine engine, HipSpineDbContext db,
        TimeProvider time, DataLimits limits, LinkGenerator links, CancellationToken cancellationToken)
    {
        if (!protector.TryUnprotect(state, out var interview) || interview.Age is null)
        {
            return TypedResults.BadRequest();
        }

        var userId = context.User.UserId();
        if (userId is not null && await limits.AssessmentsFullAsync(db, userId, 1, cancellationToken))
        {
            return DataLimits.QuotaExceeded(context, "assessments", limits.Options.AssessmentsPerDay);
        }

        var saved = AssessmentStore.Create(engine, interview, userId, time);
        db.SavedAssessments.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Redirect(links.GetPathByPage(context, "/Assessments/Saved", values: new { id = saved.Id })!);
    }
}
