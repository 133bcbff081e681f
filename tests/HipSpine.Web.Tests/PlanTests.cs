using System.Net;
using System.Text;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

public sealed class PlanTests
{
    [Fact]
    public async Task Kidney_disease_marks_anti_inflammatory_tablets_avoid_on_the_plan_page()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "kidney@example.com", new Dictionary<string, string> { ["hx.kidney_disease"] = "true" });

        var page = Html.Text(await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan"));

        var nsaid = page.IndexOf("Anti-inflammatory tablets (NSAIDs", StringComparison.Ordinal);
        Assert.True(nsaid > 0);
        var card = page[nsaid..page.IndexOf("</article>", nsaid, StringComparison.Ordinal)];
        Assert.Contains("Avoid: not safe for you", card, StringComparison.Ordinal);
        Assert.Contains("Warning: avoid.", card, StringComparison.Ordinal);
        Assert.Contains("kidney disease", card, StringComparison.Ordinal);
        Assert.Contains("Conventional treatments", page, StringComparison.Ordinal);
        Assert.Contains("Home remedies and self-care", page, StringComparison.Ordinal);
        Assert.Contains("Calm things down", page, StringComparison.Ordinal);
        Assert.Contains("Your plan started on 1 June 2026", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_in_the_calendar_and_the_share_link_come_from_the_public_base_url_never_from_Host()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "links@example.com");

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/assessments/{id}/plan.ics", UriKind.Relative));
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        var text = (await response.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal); // unfolded
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        Assert.Contains($"{HipSpineApp.PublicBaseUrl}/assessments/{id}/plan", text, StringComparison.Ordinal);

        var page = await AccountSteps.GetOkAsync(client, "/account/sharing");
        using var shareRequest = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sharing?handler=create", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("scope", "all"), new("days", "5"), new("email", ""), new("__RequestVerificationToken", Html.Antiforgery(page))]),
        };
        shareRequest.Headers.Host = "evil.example";
        using var shared = await client.SendAsync(shareRequest);
        var sharedPage = await shared.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"share-link\">{HipSpineApp.PublicBaseUrl}/clinician/redeem?code=", sharedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", sharedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_file_is_well_formed_icalendar()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "ics@example.com");

        using var response = await client.GetAsync(new Uri($"/assessments/{id}/plan.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal); // CRLF only
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"longer than 75 octets: {l}"));

        // Unfold (a line starting with a space continues the previous one), then check the structure.
        var lines = new List<string>();
        foreach (var l in physical)
        {
            if (l.StartsWith(' '))
            {
                lines[^1] += l[1..];
            }
            else
            {
                lines.Add(l);
            }
        }

        var open = new Stack<string>();
        var events = new List<List<string>>();
        foreach (var l in lines)
        {
            if (l.StartsWith("BEGIN:", StringComparison.Ordinal))
            {
                open.Push(l[6..]);
                if (l == "BEGIN:VEVENT")
                {
                    events.Add([]);
                }
            }
            else if (l.StartsWith("END:", StringComparison.Ordinal))
            {
                Assert.Equal(open.Pop(), l[4..]);
            }
            else if (open.Count > 0 && open.Peek() == "VEVENT")
            {
                events[^1].Add(l);
            }
        }

        Assert.Empty(open);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Equal(4, events.Count); // three phases and the weekly check-in
        foreach (var e in events)
        {
            foreach (var property in new[] { "UID:", "DTSTAMP:", "DTSTART", "RRULE:FREQ=WEEKLY", "SUMMARY:" })
            {
                Assert.Contains(e, l => l.StartsWith(property, StringComparison.Ordinal));
            }
        }

        Assert.Equal(4, events.Select(e => e.First(l => l.StartsWith("UID:", StringComparison.Ordinal))).Distinct().Count());
        Assert.Contains("DTSTAMP:20260601T090000Z", lines);
        Assert.Contains("DTSTART;VALUE=DATE:20260601", lines);
        Assert.Contains(lines, l => l == "SUMMARY:HipSpine weekly check-in");
    }
}

/// <summary>Calendar reminders at the person's chosen time, only on exercise days.</summary>
public sealed class PlanReminderTests
{
    [Fact]
    public async Task A_reminder_time_makes_timed_events_on_exercise_days_with_an_alarm()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "remind@example.com");

        var text = (await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan.ics?remind=07:30")).Replace("\r\n ", "", StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.Contains("DTSTART:20260601T073000", lines); // floating: 07:30 in the calendar's own time zone
        Assert.Equal(lines.Count(l => l == "BEGIN:VEVENT"), lines.Count(l => l == "BEGIN:VALARM"));
        Assert.Contains("TRIGGER:PT0S", lines);
        Assert.All(lines.Where(l => l.StartsWith("RRULE:", StringComparison.Ordinal) && l.Contains("BYDAY", StringComparison.Ordinal)),
            l => Assert.True(l.Split("BYDAY=")[1].Split(';')[0].Split(',').Length < 7 || l.Contains("UNTIL", StringComparison.Ordinal), l));

        using var bad = await client.GetAsync(new Uri($"/assessments/{id}/plan.ics?remind=25:99", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("remind", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
