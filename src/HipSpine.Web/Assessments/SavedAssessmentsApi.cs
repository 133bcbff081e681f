using System.Text.Json;
using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Interview;
using Microsoft.AspNetCore.Mvc;

namespace HipSpine.Web.Assessments;

/// <summary><c>POST /assessments</c>: the "Save this result" form. The only place a result is stored.</summary>
internal static class SavedAssessmentsApi
{
    public static IEndpointRouteBuilder MapSavedAssessments(this IEndpointRouteBuilder routes)
    {
        // Antiforgery is validated by UseAntiforgery for this form post (same token as the Razor page).
        routes.MapPost("/assessments", SaveAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> SaveAsync(
        [FromForm] string? state, InterviewStateProtector protector, AssessmentEngine engine, HipSpineDbContext db, CancellationToken cancellationToken)
    {
        if (!protector.TryUnprotect(state, out var interview) || interview.Age is null)
        {
            return TypedResults.BadRequest();
        }

        // Recomputed from the answers rather than trusted from the page: the same engine gives the same result.
        var subject = InterviewAnswers.ToCase(engine.Knowledge, interview);
        var result = engine.Assess(subject);
        var saved = new SavedAssessment
        {
            Id = Guid.NewGuid(),
            CreatedUtc = DateTime.UtcNow,
            CaseJson = CaseJson(subject),
            ResultJson = HipSpineJson.Serialize(result),
            KnowledgeVersion = result.KnowledgeVersion,
        };
        db.SavedAssessments.Add(saved);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Redirect($"/assessments/{saved.Id:D}");
    }

    /// <summary>The case in contract form (CONTRACT.md section 1).</summary>
    internal static string CaseJson(AssessmentCase subject) => JsonSerializer.Serialize(
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["age"] = subject.Age,
            ["sex"] = subject.Sex,
            ["findings"] = subject.AnsweredFindings().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        },
        HipSpineJson.Options);
}
