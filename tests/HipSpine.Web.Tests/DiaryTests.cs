using System.Net;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

public sealed class DiaryTests
{
    [Fact]
    public async Task A_diary_entry_can_be_added_edited_and_deleted()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "diary@example.com");

        var form = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary/entry");
        Assert.Contains("value=\"2026-06-01T09:00\"", form, StringComparison.Ordinal); // "now" from the fake clock
        using (var added = await client.PostAsync($"/assessments/{id}/diary/entry", form,
            [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "6"), new("Form.Notes", "stiff morning"), new("Form.SleepHours", "6.5")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var list = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary");
        Assert.Contains("6/10", list, StringComparison.Ordinal);
        Assert.Contains("stiff morning", list, StringComparison.Ordinal);
        var edit = System.Text.RegularExpressions.Regex.Match(list, $"/assessments/{id}/diary/entry/([0-9a-f-]{{36}})").Value;

        var editForm = await AccountSteps.GetOkAsync(client, edit);
        Assert.Contains("value=\"6.5\"", editForm, StringComparison.Ordinal);
        using (var edited = await client.PostAsync(edit, editForm, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "3"), new("Form.Notes", "better")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        list = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary");
        Assert.Contains("3/10", list, StringComparison.Ordinal);
        Assert.DoesNotContain("6/10", list, StringComparison.Ordinal);

        var invalid = await client.PostAsync(edit, editForm, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "11")]);
        Assert.Contains("Enter your pain from 0", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using (var deleted = await client.PostAsync(edit + "?handler=delete", editForm, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Contains("No entries yet", await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_in_with_saddle_numbness_shows_emergency_advice_first()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "checkin@example.com");

        var form = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/check-in");
        Assert.Contains("value=\"neuro.saddle_numbness\"", form, StringComparison.Ordinal);
        var page = await client.PostOkAsync($"/assessments/{id}/check-in", form,
            [new("Form.At", "2026-06-01T09:00"), new("Form.Pain", "7"), new("Signs", "neuro.saddle_numbness")]);

        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..];
        Assert.StartsWith("<section class=\"urgency urgency-emergency\" role=\"alert\"", main[(main.IndexOf('>') + 1)..].TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Call an ambulance", Html.Text(page), StringComparison.Ordinal);
        Assert.Contains("Your check-in was saved", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_person_cannot_read_or_change_someone_elses_assessment_plan_or_diary()
    {
        using var app = new HipSpineApp();
        using var owner = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, owner, "owner@example.com");
        var form = await AccountSteps.GetOkAsync(owner, $"/assessments/{id}/diary/entry");
        (await owner.PostAsync($"/assessments/{id}/diary/entry", form, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "5")])).Dispose();
        var list = await AccountSteps.GetOkAsync(owner, $"/assessments/{id}/diary");
        var entry = System.Text.RegularExpressions.Regex.Match(list, $"/assessments/{id}/diary/entry/([0-9a-f-]{{36}})").Value;

        using var other = app.Browser();
        (await AccountSteps.SignUpAsync(other, "other@example.com")).Dispose();
        foreach (var url in new[] { $"/assessments/{id}", $"/assessments/{id}/rerun", $"/assessments/{id}/plan", $"/assessments/{id}/plan.ics", $"/assessments/{id}/diary", entry, $"/assessments/{id}/progress", $"/assessments/{id}/outcomes", $"/assessments/{id}/check-in" })
        {
            using var response = await other.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }

        var own = await AccountSteps.GetOkAsync(other, "/account/signup");
        using (var edit = await other.PostAsync(entry, own, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "0")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        }

        using (var delete = await other.PostAsync(entry + "?handler=delete", own, []))
        {
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        }

        using var anonymous = app.Browser();
        using var signedOut = await anonymous.GetAsync(new Uri($"/assessments/{id}/plan", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode); // to sign in
        Assert.Contains("5/10", await AccountSteps.GetOkAsync(owner, $"/assessments/{id}/diary"), StringComparison.Ordinal);
    }
}
