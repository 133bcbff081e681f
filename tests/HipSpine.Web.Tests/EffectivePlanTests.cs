using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace HipSpine.Web.Tests;

/// <summary>
/// One effective plan: a clinician's adjustment, made on the patient's own version or on an examined version,
/// reaches the plan page's exercises, the diary form, the progress table, the calendar and the PDF, and the
/// patient is told who changed what on their next page, with a link, until they open the plan.
/// </summary>
public sealed class EffectivePlanTests
{
    private const string Patient = "effective-patient@example.com";
    private const string Doctor = "effective-doctor@example.com";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_clinician_adjustment_reaches_every_view_of_the_plan(bool onTheExaminedVersion)
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        using var clinician = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, clinician, Doctor);
        (await ClinicianTests.RedeemAsync(clinician, await ClinicianTests.ShareAsync(patient, "all"))).Dispose();

        app.Clock.Advance(TimeSpan.FromMinutes(5)); // the patient's last look at the plan is before the change
        var adjusted = id;
        if (onTheExaminedVersion)
        {
            var exam = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/exam");
            (await clinician.PostAsync($"/clinician/assessments/{id}/exam", exam, [new("x.exam.fadir_positive", "true"), new("save", "1")])).Dispose();
            using var scope = app.Services.CreateScope();
            adjusted = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().SavedAssessments.Single(a => a.RootId == id).Id;
        }

        var form = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{adjusted}/plan");
        var planned = Regex.Matches(form, "name=\"exercise\" value=\"([^\"]+)\" checked").Select(m => m.Groups[1].Value).ToArray();
        var offered = Regex.Matches(form, "name=\"exercise\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.True(planned.Length > 1, "the plan has fewer than two exercises to change");
        var dropped = planned[0];
        var added = offered.First(e => !planned.Contains(e));
        using (var saved = await clinician.PostAsync($"/clinician/assessments/{adjusted}/plan", form,
            planned.Skip(1).Append(added).Select(e => new KeyValuePair<string, string>("exercise", e)).Append(new("note", "Walk daily for 20 minutes."))))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var knowledge = app.Services.GetRequiredService<KnowledgeBase>();
        string Name(string exercise) => knowledge.Care.Exercises.Single(e => e.Id == exercise).Name;

        // The next page the patient opens says who changed what, with a link to the plan.
        var account = Html.Text(await AccountSteps.GetOkAsync(patient, "/account"));
        Assert.Contains("Your clinician changed your plan", account, StringComparison.Ordinal);
        Assert.Contains(Doctor + " changed your plan on", account, StringComparison.Ordinal);
        Assert.Contains("added " + Name(added), account, StringComparison.Ordinal);
        Assert.Contains($"href=\"/assessments/{id}/plan\"", account, StringComparison.Ordinal);

        var plan = Html.Text(await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/plan"));
        var exercises = Section(plan, "id=\"phases-title\"");
        Assert.Contains(Name(added), exercises, StringComparison.Ordinal);
        Assert.DoesNotContain(Name(dropped), exercises, StringComparison.Ordinal);
        Assert.Contains("Walk daily for 20 minutes.", plan, StringComparison.Ordinal);
        Assert.Contains(Doctor, plan, StringComparison.Ordinal);

        // Seen: the notice is gone from the other pages.
        Assert.DoesNotContain("Your clinician changed your plan", await AccountSteps.GetOkAsync(patient, "/account"), StringComparison.Ordinal);

        var diary = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/diary/entry");
        Assert.Contains($"value=\"{added}\"", diary, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{dropped}\"", diary, StringComparison.Ordinal);

        var progress = Html.Text(await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/progress"));
        var table = Section(progress, "Exercises of your plan and the next step");
        Assert.Contains(Name(added), table, StringComparison.Ordinal);
        Assert.DoesNotContain(Name(dropped), table, StringComparison.Ordinal);

        var calendar = Unfold(await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/plan.ics"));
        Assert.Contains(Name(added), calendar, StringComparison.Ordinal);
        Assert.DoesNotContain(Name(dropped), calendar, StringComparison.Ordinal);

        using var pdf = PdfDocument.Open(await patient.GetByteArrayAsync(new Uri($"/assessments/{id}/report.pdf", UriKind.Relative)));
        var words = string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains(Name(added), words, StringComparison.Ordinal);
    }

    /// <summary>From the marker to the end of its section or table.</summary>
    private static string Section(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "no " + marker);
        return html[start..Math.Min(Index(html, "</section>", start), Index(html, "</table>", start))];
    }

    private static int Index(string html, string value, int from)
    {
        var i = html.IndexOf(value, from, StringComparison.Ordinal);
        return i < 0 ? html.Length : i;
    }

    /// <summary>RFC 5545 unfolding (a line break followed by a space continues the line), then the escaped commas.</summary>
    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal);
}
