using HipSpine.Data;
using HipSpine.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// The audit trail has no holes: every request of the authorization matrix that addresses patient A's records,
/// from any signed-in account, leaves exactly one event about A naming the caller (a read when data was served,
/// POST included; "denied" when refused, whoever refused it: a policy or the owner check) or, for A's own and the
/// granted clinician's writes, only write events by that caller. A request that does not address A's records leaves
/// none about A. (Exceptions, each explained in <see cref="Check"/>: the granted clinician's patient list reads A; A's own
/// request refused by a policy addresses nobody else.) Its own app (the matrix fixture), since it signs every account out at the end.
/// </summary>
public sealed class AuditMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    private static readonly string[] Writes = [AuditActions.Create, AuditActions.Update, AuditActions.Delete, AuditActions.Revoke];

    private static bool AddressesA(MatrixRow row) =>
        row.Pattern.Contains("{id:guid}", StringComparison.Ordinal) || row.Pattern.Contains("{patientId}", StringComparison.Ordinal)
        || row.Pattern.StartsWith("/fhir/Patient/{id}", StringComparison.Ordinal)
        || (IsFhirRecordRead(row) && row.Pattern.Contains("{id}", StringComparison.Ordinal)); // FHIR read and vread of A's record

    private static bool IsFhirRecordRead(MatrixRow row) =>
        row.Method == "GET" && row.Pattern.StartsWith("/fhir/{type:regex(^(Patient|", StringComparison.Ordinal);

    [Fact]
    public async Task Each_request_about_patient_As_records_leaves_one_event_with_the_right_owner_actor_and_action()
    {
        var rows = AuthorizationMatrix.Rows(fixture.Today, fixture.GrantId);
        var actors = await ActorIdsAsync();
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var client = fixture.Client(role);
            var token = Html.Antiforgery(await AccountSteps.GetOkAsync(client, "/assess/all"));
            foreach (var row in rows)
            {
                var seen = await EventIdsAsync();
                var (outcome, detail) = await AuthorizationMatrixTests.SendAsync(fixture, client, row, token);
                var aboutA = (await NewEventsAsync(seen)).Where(e => e.PatientId == fixture.PatientIdA).ToArray();
                var problem = Check(row, role, outcome, aboutA, actors.GetValueOrDefault(role));
                if (problem is not null)
                {
                    failures.Add($"{row.Key} as {role} ({detail}): {problem}; recorded [{string.Join(", ", aboutA.Select(e => $"{e.Action} {e.Resource} by {e.ActorRole}"))}]");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string? Check(MatrixRow row, Role role, Outcome? outcome, AuditEvent[] aboutA, string? actor)
    {
        if (row.Key == "GET /clinician" && role == Role.ClinicianWithGrant)
        {
            // The workspace lists A (latest urgency, pain trend) to the clinician A shared with: one read of A's data.
            return aboutA.Length == 1 && aboutA[0].Action == AuditActions.Read && aboutA[0].ActorId == actor ? null : "expected exactly one 'read'";
        }

        if (role == Role.PatientA && outcome == Outcome.Forbidden)
        {
            // A opening the clinician page of A's own record: refused by the policy, nobody else's data addressed.
            return aboutA.Length == 0 ? null : "expected no event for A's own refused request";
        }

        if (IsFhirRecordRead(row) && !AddressesA(row) && role == Role.PatientA)
        {
            // A FHIR search by A returns A's own resources: one read of A's data.
            return aboutA.Length == 1 && aboutA[0].Action == AuditActions.Read ? null : "expected exactly one 'read'";
        }

        if (!AddressesA(row) || role == Role.Anonymous)
        {
            var allowedOwn = role == Role.PatientA && row.Key == "POST /account/sharing?handler=revoke"; // A withdraws A's grant
            return aboutA.Length == 0 || (allowedOwn && aboutA.All(e => e.Action == AuditActions.Revoke)) ? null : "expected no event about patient A";
        }

        if (aboutA.Any(e => e.ActorId != actor))
        {
            return "an event names another actor";
        }

        var write = row.Method == "POST" && outcome == Outcome.Redirect;
        if (write)
        {
            return aboutA.All(e => Writes.Contains(e.Action)) ? null : "expected write events only (none when nothing changed)";
        }

        if (row.Pattern.Contains("/_history/", StringComparison.Ordinal) && (role == Role.PatientA || role == Role.ClinicianWithGrant))
        {
            // A vread of a version HipSpine does not keep: the record was opened (a read) before the version was found missing.
            return aboutA.Length == 1 && aboutA[0].Action == AuditActions.Read ? null : "expected exactly one 'read'";
        }

        var expected = outcome == Outcome.Ok ? AuditActions.Read : AuditActions.Denied;
        return aboutA.Length == 1 && aboutA[0].Action == expected ? null : $"expected exactly one '{expected}'";
    }

    private async Task<Dictionary<Role, string>> ActorIdsAsync()
    {
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        var emails = new Dictionary<Role, string>
        {
            [Role.PatientA] = AuthorizationMatrixFixture.EmailA,
            [Role.PatientB] = AuthorizationMatrixFixture.EmailB,
            [Role.ClinicianWithGrant] = "clinician-1@example.com",
            [Role.ClinicianWithoutGrant] = "clinician-2@example.com",
            [Role.Admin] = AuthorizationMatrixFixture.EmailAdmin,
        };
        var ids = new Dictionary<Role, string>();
        foreach (var (role, email) in emails)
        {
            var normalized = email.ToUpperInvariant();
            ids[role] = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
        }

        return ids;
    }

    private async Task<HashSet<Guid>> EventIdsAsync()
    {
        using var scope = fixture.App.Services.CreateScope();
        return [.. await scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().AuditEvents.Select(e => e.Id).ToListAsync()];
    }

    private async Task<List<AuditEvent>> NewEventsAsync(HashSet<Guid> seen)
    {
        using var scope = fixture.App.Services.CreateScope();
        var all = await scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().AuditEvents.AsNoTracking().ToListAsync();
        return all.Where(e => !seen.Contains(e.Id)).ToList();
    }
}
