using System.Globalization;
using System.Net;
using System.Text.Json;
using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Scale;
using HipSpine.Tests.Shared;
using HipSpine.Web.Clinician;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>The scale generator (bench/HipSpine.Scale) makes consistent data, and the extracted queries return what the pages show.</summary>
public sealed class ScaleTests
{
    private static readonly DateOnly Today = new(2026, 6, 1); // HipSpineApp's clock
    private static readonly ScaleOptions Tiny = new(Patients: 5, Days: 10, Seed: 3, Today, Clinicians: 2, SharingShare: 1.0);

    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadOrThrow(KnowledgeLoader.Locate());

    private static Task GenerateAsync(string databasePath) => GeneratedData.GenerateAsync(databasePath, Knowledge, Tiny);

    [Fact]
    public async Task The_generator_makes_the_same_consistent_data_from_a_seed()
    {
        using var app = new HipSpineApp();
        await GenerateAsync(app.DatabasePath);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();

        Assert.Equal(5 + 2, await db.Users.CountAsync());
        var plans = await db.Plans.AsNoTracking().ToListAsync();
        Assert.Equal(5, plans.Count);
        var roots = await db.SavedAssessments.AsNoTracking().Where(a => a.RootId == null).ToListAsync();
        Assert.Equal(5, roots.Count);
        foreach (var row in roots)
        {
            // Stored as the app stores them: the case reads back with the vocabulary, the result with the contract.
            using var document = JsonDocument.Parse(row.CaseJson);
            Assert.NotNull(CaseValidator.Validate(document.RootElement, Knowledge.Vocabulary, 1).Case);
            Assert.NotNull(JsonSerializer.Deserialize<AssessmentResult>(row.ResultJson, HipSpineJson.Options));
            Assert.Contains(plans, p => p.AssessmentId == row.Id && p.UserId == row.UserId);
        }

        var entries = await db.DiaryEntries.AsNoTracking().Include(e => e.Exercises).ToListAsync();
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            var plan = plans.Single(p => p.Id == e.PlanId);
            Assert.InRange(DateOnly.FromDateTime(e.At), plan.StartDate, Today);
            Assert.InRange(e.Pain, 0, 10);
        });
        Assert.Contains(entries, e => e.Exercises.Count > 0);
        Assert.Equal(await db.Set<ExerciseLog>().CountAsync(), entries.Sum(e => e.Exercises.Count)); // every log belongs to an entry
        Assert.Equal(5 * 2 * 2, await db.OutcomeScores.CountAsync(s => s.Measure == "nprs" || s.Measure == "peg3")); // NPRS and PEG-3 weekly: days 0 and 7
        Assert.Equal(5, await db.ShareGrants.CountAsync()); // everyone shares at SharingShare 1

        // Deterministic: the same seed gives the same rows.
        var population = new ScalePopulation(Knowledge, ScalePopulation.FindCases(), Tiny);
        var patient = population.Patient(2);
        Assert.Equal(patient.Plan.Id, population.Patient(2).Plan.Id);
        Assert.Equal(ScaleDiary.For(patient, Tiny).Entries.Select(e => (e.Id, e.At, e.Pain)), ScaleDiary.For(population.Patient(2), Tiny).Entries.Select(e => (e.Id, e.At, e.Pain)));
        Assert.Equal(entries.Where(e => e.PlanId == patient.Plan.Id).Select(e => e.Id).Order(), ScaleDiary.For(patient, Tiny).Entries.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task The_extracted_queries_return_what_the_clinician_and_diary_pages_show()
    {
        using var app = new HipSpineApp();
        await GenerateAsync(app.DatabasePath);
        using var clinician = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, clinician, "scale-doctor@example.com");
        using var patient = app.Browser();
        using (var signedUp = await AccountSteps.SignUpAsync(patient, "scale-patient@example.com"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        // Hand the generated grants to the signed-up clinician and generated patient 0's plan to the signed-up patient.
        var doctorId = (await db.Users.SingleAsync(u => u.Email == "scale-doctor@example.com")).Id;
        var patientId = (await db.Users.SingleAsync(u => u.Email == "scale-patient@example.com")).Id;
        await GeneratedData.HandOverAsync(db, doctorId, patientId);

        var now = app.Clock.GetUtcNow().UtcDateTime;
        var grants = await ClinicianQueries.ActiveGrantsAsync(db, doctorId, null, now, default);
        var workspace = await ClinicianQueries.WorkspaceAsync(db, grants, now.AddDays(-ClinicianData.TrendDays), default);
        Assert.Equal(5, workspace.Count);
        var list = Html.Text(await AccountSteps.GetOkAsync(clinician, "/clinician"));
        foreach (var line in workspace)
        {
            Assert.Contains(line.Email ?? line.PatientId, list, StringComparison.Ordinal);
            Assert.Contains(ClinicianData.PainTrend(line.Diary, now).Words, list, StringComparison.Ordinal);
            // The workspace reads two weeks of diary; the trend over the full diary is the same.
            var full = await ClinicianQueries.DiaryOfAssessmentsAsync(db, line.Rows.Select(r => r.RootId ?? r.Id).Distinct().ToArray(), default);
            Assert.Equal(ClinicianData.PainTrend(full, now), ClinicianData.PainTrend(line.Diary, now));
        }

        var first = workspace[1];
        var shown = Html.Text(await AccountSteps.GetOkAsync(clinician, $"/clinician/patients/{first.PatientId}"));
        var rows = await ClinicianQueries.SharedRowsAsync(db, doctorId, first.PatientId, now, default);
        var diary = await ClinicianQueries.DiaryOfAssessmentsAsync(db, rows.Select(r => r.RootId ?? r.Id).Distinct().ToArray(), default);
        Assert.All(rows, r => Assert.Contains(r.CreatedUtc.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture), shown, StringComparison.Ordinal));
        Assert.All(diary.Select(e => DateOnly.FromDateTime(e.At)).Distinct(), d => Assert.Contains(d.ToString("d MMM", CultureInfo.InvariantCulture), shown, StringComparison.Ordinal));

        var assessment = await db.SavedAssessments.AsNoTracking().SingleAsync(a => a.UserId == patientId && a.RootId == null);
        var plan = await ProgressQueries.PlanAsync(db, assessment.Id, patientId, default);
        var latest = await ProgressQueries.LatestDiaryAsync(db, plan!.Id, default);
        var page = await AccountSteps.GetOkAsync(patient, $"/assessments/{assessment.Id}/diary");
        Assert.Equal(latest.Count, page.Split("/diary/entry/", StringSplitOptions.None).Length - 1);
        Assert.All(latest, e => Assert.Contains($"/diary/entry/{e.Id}", page, StringComparison.Ordinal));

        var entries = await ProgressQueries.DiaryAsync(db, plan.Id, default);
        var week = entries.Where(e => DateOnly.FromDateTime(e.At) > Today.AddDays(-7) && DateOnly.FromDateTime(e.At) <= Today).ToArray();
        var progress = Html.Text(await AccountSteps.GetOkAsync(patient, $"/assessments/{assessment.Id}/progress"));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"This week your average pain was {Math.Round(week.Average(e => e.Pain), 1):0.0}"), progress, StringComparison.Ordinal);
        var scores = await ProgressQueries.ScoresAsync(db, plan.Id, default);
        var outcomes = Html.Text(await AccountSteps.GetOkAsync(patient, $"/assessments/{assessment.Id}/outcomes"));
        Assert.All(scores, s => Assert.Contains(s.Date.ToString("d MMM", CultureInfo.InvariantCulture), outcomes, StringComparison.Ordinal));
    }
}
