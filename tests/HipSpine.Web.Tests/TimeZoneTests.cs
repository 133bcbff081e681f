using System.Net;
using System.Text.Json;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>
/// Times in the person's own zone: the browser's zone travels in a hidden <c>timeZone</c> field, is stored with
/// each diary entry and used for "now" on the next form, the diary list and the calendar's reminders; an
/// unknown zone is refused with problem details naming the field.
/// </summary>
public sealed class TimeZoneTests
{
    [Fact]
    public async Task The_zone_is_stored_with_the_entry_and_the_next_form_starts_at_that_zones_time()
    {
        using var app = new HipSpineApp(); // now: 1 June 2026, 09:00 UTC
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, "zone@example.com");
        var form = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/diary/entry");
        Assert.Contains("name=\"timeZone\" value=\"UTC\" data-timezone", form, StringComparison.Ordinal); // no JavaScript: UTC
        Assert.Contains("value=\"2026-06-01T09:00\"", form, StringComparison.Ordinal);

        using (var saved = await patient.PostAsync($"/assessments/{id}/diary/entry", form,
            [new("Form.At", "2026-06-01T05:00"), new("Form.Pain", "4"), new("timeZone", "America/New_York")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var diary = Html.Text(await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/diary"));
        Assert.Contains("Times are in your time zone, America/New_York", diary, StringComparison.Ordinal);
        Assert.Contains("Mon 1 Jun 2026 05:00", diary, StringComparison.Ordinal);

        // Without the browser's help the next form uses the stored zone: 09:00 UTC is 05:00 in New York (summer time).
        var next = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/diary/entry");
        Assert.Contains("name=\"timeZone\" value=\"America/New_York\"", next, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-06-01T05:00\"", next, StringComparison.Ordinal);
        var plan = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/plan");
        Assert.Contains("name=\"Form.At\" value=\"2026-06-01T05:00\" data-now", plan, StringComparison.Ordinal);

        var csv = await AccountSteps.GetOkAsync(patient, "/account/data?handler=csv");
        Assert.Contains(",time_zone,America/New_York", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_zone_is_refused_with_problem_details_naming_the_field()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, "bad-zone@example.com");
        var form = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/diary/entry");
        using var refused = await patient.PostAsync($"/assessments/{id}/diary/entry", form,
            [new("Form.At", "2026-06-01T05:00"), new("Form.Pain", "4"), new("timeZone", "Mars/Olympus_Mons")]);
        await AssertNamesTimeZoneAsync(refused);

        using var calendar = await patient.GetAsync(new Uri($"/assessments/{id}/plan.ics?remind=07:30&timeZone=Nowhere/Else", UriKind.Relative));
        await AssertNamesTimeZoneAsync(calendar);
    }

    [Fact]
    public async Task Calendar_reminders_are_at_the_chosen_time_in_the_persons_zone()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, "ics-zone@example.com");
        var ics = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/plan.ics?remind=07:30&timeZone=Europe/Berlin");
        Assert.Contains("X-WR-TIMEZONE:Europe/Berlin\r\n", ics, StringComparison.Ordinal);
        Assert.Matches("DTSTART:\\d{8}T073000\r\n", ics);
        Assert.Contains("BEGIN:VALARM", ics, StringComparison.Ordinal);
    }

    private static async Task AssertNamesTimeZoneAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("timeZone", out _), problem.RootElement.ToString());
    }
}
