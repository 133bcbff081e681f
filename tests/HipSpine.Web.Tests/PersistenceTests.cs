using System.Net;
using HipSpine.Data;
using HipSpine.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>Every stored thing round-trips through the web app on both databases, with each provider's migrations.</summary>
public sealed class PersistenceTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_account_and_a_saved_assessment_round_trip(string provider)
    {
        using var app = PostgresApp.On(provider);
        using var client = app.Browser();
        using (var signedUp = await AccountSteps.SignUpAsync(client, "round@example.com"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        }

        var id = await AccountSteps.SaveToAccountAsync(client, await AccountSteps.ResultAsync(client));

        using var again = app.Browser();
        using (var signedIn = await AccountSteps.SignInAsync(again, "round@example.com"))
        {
            Assert.Equal("/account", signedIn.Headers.Location!.ToString());
        }

        Assert.Contains($"/assessments/{id}", await AccountSteps.GetOkAsync(again, "/account"), StringComparison.Ordinal);
        Assert.Contains("What may be causing the pain", await AccountSteps.GetOkAsync(again, $"/assessments/{id}"), StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().SavedAssessments.SingleAsync();
        Assert.NotNull(row.UserId);
        Assert.Contains("\"findings\"", row.CaseJson, StringComparison.Ordinal);
        Assert.Contains("\"urgency\"", row.ResultJson, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(row.KnowledgeVersion));
        Assert.Equal(new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc), row.CreatedUtc);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_plan_start_date_is_stored_and_can_change(string provider)
    {
        using var app = PostgresApp.On(provider);
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "plan@example.com");
        var page = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan");
        (await client.PostAsync($"/assessments/{id}/plan?handler=start", page, [new("startDate", "2026-06-08")])).Dispose();

        Assert.Contains("Your plan started on 8 June 2026", await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan"), StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var plan = await scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().Plans.SingleAsync();
        Assert.Equal(new DateOnly(2026, 6, 8), plan.StartDate);
        Assert.Equal(id, plan.AssessmentId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Diary_entries_are_added_edited_and_deleted(string provider)
    {
        using var app = PostgresApp.On(provider);
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "diary@example.com");
        var form = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary/entry");
        var exercise = Html.Hidden(form, "Form.Exercises[0].ExerciseId");
        (await client.PostAsync($"/assessments/{id}/diary/entry", form,
        [
            new("Form.At", "2026-06-01T07:45"), new("Form.Pain", "5"), new("Form.SleepHours", "7.5"), new("Form.Medication", "paracetamol 1 g"),
            new("Form.Exercises[0].ExerciseId", exercise), new("Form.Exercises[0].Done", "true"), new("Form.Exercises[0].Sets", "2"),
            new("Form.Exercises[0].Reps", "10"), new("Form.Exercises[0].PainDuring", "3"), new("Form.Exercises[0].NextMorning", "not_yet"),
        ])).Dispose();

        var entry = await Read(app);
        Assert.Equal(new DateTime(2026, 6, 1, 7, 45, 0), entry.At);
        Assert.Equal(7.5, entry.SleepHours);
        Assert.Equal("paracetamol 1 g", entry.Medication);
        var log = Assert.Single(entry.Exercises);
        Assert.Equal((exercise, 2, 10, 3, "not_yet"), (log.ExerciseId, log.Sets, log.Reps, log.PainDuring, log.NextMorning));

        var url = $"/assessments/{id}/diary/entry/{entry.Id}";
        var edit = await AccountSteps.GetOkAsync(client, url);
        (await client.PostAsync(url, edit,
        [
            new("Form.At", "2026-06-01T07:45"), new("Form.Pain", "4"),
            new("Form.Exercises[0].ExerciseId", exercise), new("Form.Exercises[0].Done", "true"), new("Form.Exercises[0].PainDuring", "3"),
            new("Form.Exercises[0].NextMorning", "yes"),
        ])).Dispose();
        entry = await Read(app);
        Assert.Equal(4, entry.Pain);
        Assert.Null(entry.SleepHours);
        Assert.Equal("yes", Assert.Single(entry.Exercises).NextMorning);

        (await client.PostAsync(url + "?handler=delete", edit, [])).Dispose();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        Assert.Equal(0, await db.DiaryEntries.CountAsync());
        Assert.Equal(0, await db.Set<ExerciseLog>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Outcome_scores_are_stored(string provider)
    {
        using var app = PostgresApp.On(provider);
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "scores@example.com");
        var page = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/outcomes");
        (await client.PostAsync($"/assessments/{id}/outcomes", page, [new("Measure", "nprs"), new("Date", "2026-05-31"), new("Scores[0]", "6")])).Dispose();
        (await client.PostAsync($"/assessments/{id}/outcomes", page,
            [new("Measure", "psfs"), new("Date", "2026-06-01"), new("Activities[0]", "walk"), new("Scores[0]", "2"), new("Activities[1]", "stairs"),
             new("Scores[1]", "3"), new("Activities[2]", "sit"), new("Scores[2]", "5")])).Dispose();

        using var scope = app.Services.CreateScope();
        var scores = await scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().OutcomeScores.OrderBy(s => s.Date).ToListAsync();
        Assert.Equal(2, scores.Count);
        Assert.Equal(("nprs", new DateOnly(2026, 5, 31), "6", 6.0), (scores[0].Measure, scores[0].Date, scores[0].Items, scores[0].Score));
        Assert.Equal(("psfs", "2,3,5", "walk\nstairs\nsit", 3.33), (scores[1].Measure, scores[1].Items, scores[1].Labels, scores[1].Score));
    }

    private static async Task<DiaryEntry> Read(HipSpineApp app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().DiaryEntries.AsNoTracking().Include(e => e.Exercises).SingleAsync();
    }
}
