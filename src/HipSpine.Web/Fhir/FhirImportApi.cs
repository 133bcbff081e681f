using System.Globalization;
using HipSpine.Data;
using HipSpine.Fhir;
using HipSpine.Records;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Fhir;

/// <summary>
/// Writing into the caller's own record: <c>POST /fhir</c> (a transaction Bundle, answered with a transaction-response)
/// and <c>POST /fhir/Bundle</c> (any Bundle, answered with an OperationOutcome saying what was stored). Both read every
/// entry before storing anything and store in one SaveChanges (all or nothing); an entry about another patient is
/// refused with 403.
/// </summary>
internal static class FhirImportApi
{
    public static async Task<IResult> ImportAsync(
        FhirService fhir, HttpRequest request, HipSpineDbContext db, TimeProvider time, DataLimits limits, bool transaction, CancellationToken cancellationToken)
    {
        var userId = request.HttpContext.User.UserId();
        if (userId is null)
        {
            return FhirApi.Fhir(FhirService.Invalid("sign in to import into your record"), StatusCodes.Status401Unauthorized);
        }

        if (FhirApi.NotJson(request) is { } unsupported)
        {
            return unsupported;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var window = new ImportLimits(limits.Options.MaxBundleEntries, limits.Earliest, limits.Latest);
        var import = transaction ? fhir.ReadTransaction(body, window, userId) : fhir.ReadImport(body, window, userId);
        if (!import.IsValid)
        {
            return FhirApi.Fhir(import.ProblemsJson!, import.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
        }

        if (await limits.AssessmentsFullAsync(db, userId, import.Assessments.Count, cancellationToken)
            || await limits.DiaryFullAsync(db, userId, import.Pain.Count, cancellationToken))
        {
            request.HttpContext.Response.Headers.RetryAfter = "3600";
            return FhirApi.Fhir(FhirService.Throttled(string.Create(CultureInfo.InvariantCulture,
                $"daily limit reached: an account can store at most {limits.Options.AssessmentsPerDay} assessments and {limits.Options.DiaryEntriesPerDay} diary entries in 24 hours; nothing was imported")),
                StatusCodes.Status429TooManyRequests);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var saved = import.Assessments.Select(a => StoredAssessmentCodec.Encode(a.Case, a.Result, userId, a.Authored?.UtcDateTime ?? now)).ToArray();
        var entries = new List<DiaryEntry>();
        if (import.Pain.Count > 0)
        {
            // Diary entries belong to a plan: the plan of the newest assessment (imported or stored), started if need be.
            var newestStored = await db.SavedAssessments.Where(a => a.UserId == userId && a.RootId == null)
                .OrderByDescending(a => a.CreatedUtc).FirstOrDefaultAsync(cancellationToken);
            var newest = saved.Append(newestStored).OfType<SavedAssessment>().OrderByDescending(a => a.CreatedUtc).FirstOrDefault();
            if (newest is null)
            {
                return FhirApi.Fhir(FhirService.Invalid("pain Observations need an assessment to attach to: import a QuestionnaireResponse with them or save an assessment first"), StatusCodes.Status400BadRequest);
            }

            var plan = await db.Plans.FirstOrDefaultAsync(p => p.AssessmentId == newest.Id && p.UserId == userId, cancellationToken);
            if (plan is null)
            {
                plan = new CarePlan
                {
                    Id = Guid.NewGuid(),
                    UserId = userId,
                    AssessmentId = newest.Id,
                    StartDate = DateOnly.FromDateTime(import.Pain.Min(p => p.At).DateTime),
                    CreatedUtc = now,
                };
                db.Plans.Add(plan);
            }

            entries.AddRange(import.Pain.Select(p => new DiaryEntry
            {
                Id = Guid.NewGuid(),
                PlanId = plan.Id,
                At = DateTime.SpecifyKind(p.At.DateTime, DateTimeKind.Utc), // the person's own clock, as the diary stores it
                Pain = p.Pain,
            }));
            db.DiaryEntries.AddRange(entries);
        }

        db.SavedAssessments.AddRange(saved);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction)
        {
            return FhirApi.Fhir(FhirService.TransactionResponse(Locations(import.EntryTypes, saved, entries)), StatusCodes.Status200OK);
        }

        return FhirApi.Fhir(FhirService.Information(string.Create(CultureInfo.InvariantCulture,
            $"imported {saved.Length} assessment(s) and {import.Pain.Count} pain rating(s)")), StatusCodes.Status200OK);
    }

    /// <summary>Where each entry was stored, in entry order: the ids <c>$everything</c> and read use.</summary>
    private static IEnumerable<string> Locations(IReadOnlyList<string> types, IReadOnlyList<SavedAssessment> saved, IReadOnlyList<DiaryEntry> entries)
    {
        int assessment = 0, pain = 0;
        foreach (var type in types)
        {
            yield return type == "QuestionnaireResponse"
                ? "QuestionnaireResponse/qr-" + saved[assessment++].Id.ToString("D")
                : "Observation/pain-" + entries[pain++].Id.ToString("D");
        }
    }
}
