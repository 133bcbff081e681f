using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.Json;
using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// One app for the whole matrix (it is slow to create) and its six accounts: patient A with a saved assessment,
/// a started plan, a diary entry and an all-data grant redeemed by clinician C1; patient B; clinician C2 with no
/// grant; an administrator; and a browser that is not signed in. Rate limits are lifted: the matrix sends
/// hundreds of requests from one address.
/// </summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    public const string EmailA = "patient-a@example.com";
    public const string EmailB = "patient-b@example.com";
    public const string EmailAdmin = "admin@example.com";

    private readonly Dictionary<Role, HttpClient> clients = [];

    internal HipSpineApp App { get; } = new(new Dictionary<string, string>
    {
        ["RateLimits:Account:PermitLimit"] = "100000",
        ["RateLimits:Api:PermitLimit"] = "100000",
        ["RateLimits:SignedIn:PermitLimit"] = "100000",
        ["RateLimits:Redeem:PermitLimit"] = "100000",
    });

    public Guid AssessmentId { get; private set; }

    public Guid EntryId { get; private set; }

    public Guid GrantId { get; private set; }

    public string PatientIdA { get; private set; } = "";

    public string Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public HttpClient Client(Role role) => clients[role];

    public async Task InitializeAsync()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            clients[role] = App.Browser();
        }

        var a = clients[Role.PatientA];
        AssessmentId = await AccountSteps.PersonWithPlanAsync(App, a, EmailA);
        var entryForm = await AccountSteps.GetOkAsync(a, $"/assessments/{AssessmentId}/diary/entry");
        using (var added = await a.PostAsync($"/assessments/{AssessmentId}/diary/entry", entryForm, [new("Form.At", Today + "T07:30"), new("Form.Pain", "6")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        await ClinicianTests.SignUpClinicianAsync(App, clients[Role.ClinicianWithGrant], "clinician-1@example.com");
        await ClinicianTests.SignUpClinicianAsync(App, clients[Role.ClinicianWithoutGrant], "clinician-2@example.com");
        using (var redeemed = await ClinicianTests.RedeemAsync(clients[Role.ClinicianWithGrant], await ClinicianTests.ShareAsync(a, "all")))
        {
            Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        }

        (await AccountSteps.SignUpAsync(clients[Role.PatientB], EmailB)).Dispose();
        await MakeAdminAsync();

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        PatientIdA = await db.Users.Where(u => u.Email == EmailA).Select(u => u.Id).SingleAsync();
        EntryId = await db.DiaryEntries.Select(e => e.Id).SingleAsync();
        GrantId = await db.ShareGrants.Where(g => g.PatientId == PatientIdA).Select(g => g.Id).SingleAsync();
    }

    /// <summary>An ordinary account given the admin role claim (what <c>hipspine users grant-role</c> writes), then signed in.</summary>
    private async Task MakeAdminAsync()
    {
        using (var signUp = App.Browser())
        {
            (await AccountSteps.SignUpAsync(signUp, EmailAdmin)).Dispose();
        }

        await GrantAdminAsync(App, clients[Role.Admin], EmailAdmin);
    }

    /// <summary>Gives an existing account the admin role claim, signs <paramref name="client"/> in as it (again) and turns on its second factor.</summary>
    internal static async Task GrantAdminAsync(HipSpineApp app, HttpClient client, string email)
    {
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var admin = await users.FindByEmailAsync(email);
            Assert.True((await users.AddClaimAsync(admin!, new Claim(ClaimTypes.Role, HipSpine.Records.Roles.Admin))).Succeeded);
        }

        using (var signedIn = await AccountSteps.SignInAsync(client, email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        _ = await TwoFactorTests.TurnOnAsync(client); // administrators work only with a second factor
    }

    /// <summary>The URL of a route pattern, its parameters filled with patient A's ids.</summary>
    public string Fill(string pattern)
    {
        var knowledge = App.Services.GetRequiredService<KnowledgeBase>();
        var source = knowledge.Sources[0].Id;
        return pattern
            .Replace("/fhir/" + HipSpine.Web.Fhir.FhirRestApi.DefinitionTypes + "/{id}", "/fhir/Questionnaire/hipspine-intake", StringComparison.Ordinal)
            .Replace("/fhir/" + HipSpine.Web.Fhir.FhirRestApi.DefinitionTypes, "/fhir/Questionnaire", StringComparison.Ordinal)
            .Replace("/fhir/" + HipSpine.Web.Fhir.FhirRestApi.RecordTypes + "/{id}", "/fhir/RiskAssessment/ra-" + AssessmentId, StringComparison.Ordinal)
            .Replace("/fhir/" + HipSpine.Web.Fhir.FhirRestApi.RecordTypes, "/fhir/RiskAssessment", StringComparison.Ordinal)
            .Replace("/fhir/" + HipSpine.Web.Fhir.FhirRestApi.AnyType + "/{id}", "/fhir/RiskAssessment/ra-" + AssessmentId, StringComparison.Ordinal)
            .Replace("/fhir/" + HipSpine.Web.Fhir.FhirRestApi.AnyType, "/fhir/RiskAssessment", StringComparison.Ordinal)
            .Replace("{vid}", "0", StringComparison.Ordinal)
            .Replace("{id:guid}", AssessmentId.ToString(), StringComparison.Ordinal)
            .Replace("{entryId:guid?}", EntryId.ToString(), StringComparison.Ordinal)
            .Replace("{patientId}", Uri.EscapeDataString(PatientIdA), StringComparison.Ordinal)
            .Replace("/learn/sources/{id}", "/learn/sources/" + source, StringComparison.Ordinal)
            .Replace("/learn/treatments/{id}", "/learn/treatments/" + knowledge.Care.Treatments[0].Id, StringComparison.Ordinal)
            .Replace("{urgency}", "emergency", StringComparison.Ordinal)
            .Replace("/fhir/Patient/{id}", "/fhir/Patient/" + Uri.EscapeDataString(PatientIdA), StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{exercise}", "glute_bridge", StringComparison.Ordinal)
            .Replace("{*path:nonfile}", "Encounter/1", StringComparison.Ordinal);
    }

    /// <summary>
    /// Everything stored for patient A, table by table, as JSON: compared before and after other accounts' requests.
    /// Assessments and plan adjustments are separate because the clinician A shared with may add to them.
    /// </summary>
    public async Task<Dictionary<string, string>> SnapshotOfAAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        var a = PatientIdA;
        var plans = await db.Plans.AsNoTracking().Where(p => p.UserId == a).OrderBy(p => p.Id).ToListAsync();
        var planIds = plans.Select(p => p.Id).ToArray();
        var assessments = await db.SavedAssessments.AsNoTracking().Where(s => s.UserId == a).OrderBy(s => s.Id).ToListAsync();
        var assessmentIds = assessments.Select(s => s.Id).ToArray();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["account"] = Json(await db.Users.AsNoTracking().Where(u => u.Id == a).ToListAsync()),
            ["claims"] = Json(await db.UserClaims.AsNoTracking().Where(c => c.UserId == a).OrderBy(c => c.Id).ToListAsync()),
            ["plans"] = Json(plans),
            ["diary"] = Json(await db.DiaryEntries.AsNoTracking().Where(e => planIds.Contains(e.PlanId)).OrderBy(e => e.Id).ToListAsync()),
            ["outcomes"] = Json(await db.OutcomeScores.AsNoTracking().Where(o => planIds.Contains(o.PlanId)).OrderBy(o => o.Id).ToListAsync()),
            ["grants"] = Json(await db.ShareGrants.AsNoTracking().Where(g => g.PatientId == a).OrderBy(g => g.Id).ToListAsync()),
            ["assessments"] = Json(assessments),
            ["adjustments"] = Json(await db.PlanAdjustments.AsNoTracking().Where(p => assessmentIds.Contains(p.AssessmentId)).OrderBy(p => p.Id).ToListAsync()),
        };
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    public Task DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        App.Dispose();
        return Task.CompletedTask;
    }
}
