using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Records.Smart;
using HipSpine.Scale;
using HipSpine.Tests.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// The page budget for every page, at its heaviest: each Razor page, HTML plus the stylesheets and scripts it
/// links, at most 100 KB, loaded by a patient with a year of diary and outcome scores and by a clinician with 100
/// patients sharing a year each (bench/HipSpine.Scale's generator). The browser's <c>PageSizeTests</c> weighs the
/// interview's states in Chromium; this covers every page, signed in or not. Writes artifacts/page-sizes-heavy.md.
/// </summary>
public sealed partial class HeavyPageSizeTests
{
    private const long Budget = 100_000;
    private const int Patients = 100;
    private static readonly DateOnly Today = new(2026, 6, 1); // HipSpineApp's clock

    [Fact]
    public async Task Every_page_with_a_year_of_data_and_a_hundred_patients_weighs_at_most_100_kb()
    {
        using var app = new HipSpineApp();
        var knowledge = app.Services.GetRequiredService<KnowledgeBase>();
        await GeneratedData.GenerateAsync(app.DatabasePath, knowledge, new ScaleOptions(Patients, Days: 365, Seed: 7, Today, Clinicians: 1, SharingShare: 1.0));
        using var patient = app.Browser();
        using var clinician = app.Browser();
        using var admin = app.Browser();
        using var anonymous = app.Browser();
        var ids = await TakeOverGeneratedDataAsync(app, patient, clinician, admin);
        Assert.Null(await SmartSteps.RegisterAsync(app, new SmartClientRegistration("weigh-app", "Weighing App", false,
            [SmartSteps.RedirectUri], [SmartSteps.AppOrigin], ["openid", "launch/patient", "patient/*.read"])));

        var rows = new List<(string Pattern, string Url, string Who, long Bytes)>();
        var failures = new List<string>();
        var assets = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pattern in RazorPagePatterns(app))
        {
            var url = pattern == "/connect/authorize" ? ConsentRequest : Fill(pattern, ids, knowledge);
            var weighed = false;
            foreach (var (who, client) in new[] { ("patient", patient), ("clinician", clinician), ("admin", admin), ("signed out", anonymous) })
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var html = await response.Content.ReadAsByteArrayAsync();
                var bytes = html.LongLength + await LinkedAssetsAsync(client, Encoding.UTF8.GetString(html), assets);
                rows.Add((pattern, url, who, bytes));
                weighed = true;
                break;
            }

            if (!weighed)
            {
                failures.Add($"{pattern} ({url}): no account got the page, so it was not weighed");
            }
        }

        WriteTable(rows);
        failures.AddRange(rows.Where(r => r.Bytes > Budget).Select(r => $"{r.Pattern} as {r.Who}: {r.Bytes:N0} bytes, over the 100 KB budget"));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Signs the three accounts up and gives them the generated data: patient 0's records and every grant.</summary>
    private static async Task<PageIds> TakeOverGeneratedDataAsync(HipSpineApp app, HttpClient patient, HttpClient clinician, HttpClient admin)
    {
        await ClinicianTests.SignUpClinicianAsync(app, clinician, "heavy-doctor@example.com");
        (await AccountSteps.SignUpAsync(patient, "heavy-patient@example.com")).Dispose();
        (await AccountSteps.SignUpAsync(admin, "heavy-admin@example.com")).Dispose();
        await AuthorizationMatrixFixture.GrantAdminAsync(app, admin, "heavy-admin@example.com");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        var doctorId = (await db.Users.SingleAsync(u => u.Email == "heavy-doctor@example.com")).Id;
        var patientId = (await db.Users.SingleAsync(u => u.Email == "heavy-patient@example.com")).Id;
        await GeneratedData.HandOverAsync(db, doctorId, patientId);
        await db.ShareGrants.Where(g => g.PatientId == GeneratedData.FirstPatient).ExecuteUpdateAsync(s => s.SetProperty(g => g.PatientId, patientId));

        var assessment = await db.SavedAssessments.AsNoTracking().Where(a => a.UserId == patientId && a.RootId == null).Select(a => a.Id).SingleAsync();
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.AssessmentId == assessment);
        var entries = await db.DiaryEntries.CountAsync(e => e.PlanId == plan.Id);
        Assert.True(entries >= 300, $"the generated year has only {entries} diary entries");
        var entry = await db.DiaryEntries.AsNoTracking().Where(e => e.PlanId == plan.Id).OrderBy(e => e.At).Select(e => e.Id).FirstAsync();
        return new PageIds(assessment, entry, patientId);
    }

    private sealed record PageIds(Guid Assessment, Guid Entry, string Patient);

    private static IReadOnlyList<string> RazorPagePatterns(HipSpineApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The consent page is shown only for a live authorisation request of a registered app.</summary>
    private static readonly string ConsentRequest = "/connect/authorize?response_type=code&client_id=weigh-app&redirect_uri="
        + Uri.EscapeDataString(SmartSteps.RedirectUri) + "&scope=" + Uri.EscapeDataString("openid launch/patient patient/*.read")
        + "&state=weigh&code_challenge=" + SmartSteps.Pkce().Challenge + "&code_challenge_method=S256";

    private static string Fill(string pattern, PageIds ids, KnowledgeBase knowledge) => pattern
        .Replace("{id:guid}", ids.Assessment.ToString(), StringComparison.Ordinal)
        .Replace("{entryId:guid?}", ids.Entry.ToString(), StringComparison.Ordinal)
        .Replace("{patientId}", ids.Patient, StringComparison.Ordinal)
        .Replace("/learn/treatments/{id}", "/learn/treatments/" + knowledge.Care.Treatments.MaxBy(t => t.Evidence.Sum(e => e.Text.Length + e.Reference.Length))!.Id, StringComparison.Ordinal)
        .Replace("{id}", knowledge.Sources.MaxBy(s => s.Evidence.Count)!.Id, StringComparison.Ordinal)
        .Replace("{urgency}", knowledge.Rules.GroupBy(r => r.Urgency).MaxBy(g => g.Sum(r => r.Explanation.Length + r.Advice.Length))!.Key, StringComparison.Ordinal);

    /// <summary>The bytes of the stylesheets and scripts the page links (each fetched once and remembered).</summary>
    private static async Task<long> LinkedAssetsAsync(HttpClient client, string html, Dictionary<string, long> known)
    {
        long total = 0;
        foreach (var href in AssetLink().Matches(html).Select(m => m.Groups["url"].Value).Distinct(StringComparer.Ordinal))
        {
            if (!known.TryGetValue(href, out var bytes))
            {
                bytes = (await client.GetByteArrayAsync(new Uri(href, UriKind.Relative))).LongLength;
                known[href] = bytes;
            }

            total += bytes;
        }

        return total;
    }

    [GeneratedRegex(""""<(?:link[^>]*\srel="stylesheet"[^>]*\shref|script[^>]*\ssrc)="(?<url>/[^"]+)"""")]
    private static partial Regex AssetLink();

    private static void WriteTable(IEnumerable<(string Pattern, string Url, string Who, long Bytes)> rows)
    {
        var table = new StringBuilder("| page | loaded as | bytes (HTML + CSS + JS) |\n|---|---|---:|\n");
        foreach (var (pattern, _, who, bytes) in rows)
        {
            table.Append(CultureInfo.InvariantCulture, $"| `{pattern}` | {who} | {bytes:N0} |\n");
        }

        var folder = Path.Combine(RepoPaths.Root, "artifacts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "page-sizes-heavy.md"), table.ToString());
    }
}
