using System.Text.Json;
using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private const string PatientId = "0b6f3a8e-5d2c-4f7e-9a51-2c3d4e5f6a7b";
    private const string CaseJson = """{"age":64,"sex":"female","findings":{"where.groin":true,"where.low_back":true,"episode.duration_days":270,"episode.onset":"gradual"}}""";

    private readonly string folder = Directory.CreateTempSubdirectory("hipspine-export-").FullName;

    private string Database => Path.Combine(folder, "hipspine.db");

    public ExportCommandTests()
    {
        var knowledge = KnowledgeLoader.LoadOrThrow(RepoPaths.Knowledge);
        var subject = CaseReader.ReadAll(CaseJson, knowledge.Vocabulary).Single().Case!;
        var result = new AssessmentEngine(knowledge).Assess(subject);
        var options = new DbContextOptionsBuilder<SqliteHipSpineDbContext>().UseSqlite($"Data Source={Database};Pooling=False").Options;
        using var db = new SqliteHipSpineDbContext(options);
        db.Database.Migrate();
        db.Users.Add(new IdentityUser { Id = PatientId, UserName = "export@example.com", Email = "export@example.com" });
        var assessment = new SavedAssessment
        {
            Id = Guid.NewGuid(), CreatedUtc = new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc), UserId = PatientId,
            CaseJson = CaseJson, ResultJson = HipSpineJson.Serialize(result), KnowledgeVersion = result.KnowledgeVersion,
        };
        var plan = new CarePlan { Id = Guid.NewGuid(), UserId = PatientId, AssessmentId = assessment.Id, StartDate = new DateOnly(2026, 5, 2), CreatedUtc = assessment.CreatedUtc };
        db.SavedAssessments.Add(assessment);
        db.Plans.Add(plan);
        db.DiaryEntries.Add(new DiaryEntry { Id = Guid.NewGuid(), PlanId = plan.Id, At = new DateTime(2026, 5, 3, 8, 30, 0, DateTimeKind.Utc), Pain = 6, Stiffness = 4 });
        db.DiaryEntries.Add(new DiaryEntry { Id = Guid.NewGuid(), PlanId = plan.Id, At = new DateTime(2026, 5, 10, 8, 30, 0, DateTimeKind.Utc), Pain = 4 });
        db.OutcomeScores.Add(new OutcomeScore { Id = Guid.NewGuid(), PlanId = plan.Id, Measure = "nprs", Date = new DateOnly(2026, 5, 3), Items = "6", Score = 6 });
        db.SaveChanges();
    }

    [Fact]
    public void Fhir_export_writes_the_everything_Bundle()
    {
        var (exit, output, error) = CliRunner.Run("", "export", "--patient", PatientId, "--format", "fhir", "--database", $"Data Source={Database}");

        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        var resources = doc.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToArray();
        Assert.Equal("searchset", doc.RootElement.GetProperty("type").GetString());
        Assert.Equal(PatientId, resources[0].GetProperty("id").GetString());
        Assert.Equal(2, resources.Count(r => r.GetProperty("resourceType").GetString() == "Observation"));
        Assert.Single(resources, r => r.GetProperty("resourceType").GetString() == "RiskAssessment");
        Assert.Single(resources, r => r.GetProperty("resourceType").GetString() == "CarePlan");
        Assert.Empty(HipSpine.Fhir.FhirService.ValidationErrors(output));
    }

    [Fact]
    public void Csv_export_writes_diary_values_outcome_scores_and_the_rest_of_the_record()
    {
        var file = Path.Combine(folder, "export.csv");
        var (exit, _, error) = CliRunner.Run("", "export", "--patient", PatientId, "--format", "csv", "--database", Database, "--output", file);

        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(file);
        Assert.Equal("kind,date,measure,value", lines[0]);
        // The diary values and outcome scores, oldest first (the file has every other kind of row too).
        Assert.Equal(
            ["diary,2026-05-03T08:30,pain,6", "diary,2026-05-03T08:30,stiffness,4", "diary,2026-05-10T08:30,pain,4", "outcome,2026-05-03,nprs,6"],
            lines.Where(l => l.StartsWith("diary,", StringComparison.Ordinal) || (l.StartsWith("outcome,", StringComparison.Ordinal) && !l.Split(',')[2].Contains(':', StringComparison.Ordinal))));
        Assert.Contains(lines, l => l.StartsWith("plan,", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdf_export_writes_the_report_and_unknown_patients_are_refused()
    {
        var file = Path.Combine(folder, "report.pdf");
        var (exit, _, error) = CliRunner.Run("", "export", "--patient", PatientId, "--format", "pdf", "--database", Database, "--output", file);

        Assert.True(exit == 0, error);
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(file)[..4]);

        var unknown = CliRunner.Run("", "export", "--patient", "nobody", "--format", "csv", "--database", Database);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("no patient with id nobody", unknown.Err, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("", "export", "--patient", PatientId, "--format", "pdf", "--database", Database).Exit);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
