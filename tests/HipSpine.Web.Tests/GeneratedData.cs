using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Scale;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Tests;

/// <summary>bench/HipSpine.Scale's synthetic data in a test app's SQLite file, and handed to accounts a test signed up.</summary>
internal static class GeneratedData
{
    /// <summary>The generator's patient whose records <see cref="HandOverAsync"/> gives to a signed-up patient.</summary>
    public const string FirstPatient = "patient-0000000";

    public static async Task GenerateAsync(string databasePath, KnowledgeBase knowledge, ScaleOptions scale)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var options = new DbContextOptionsBuilder<SqliteHipSpineDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new SqliteHipSpineDbContext(options);
        await ScaleGenerate.RunAsync(db, new ScalePopulation(knowledge, ScalePopulation.FindCases(), scale), TextWriter.Null);
    }

    /// <summary>Every generated grant to the signed-up clinician; the first patient's saved results and plan to the signed-up patient.</summary>
    public static async Task HandOverAsync(HipSpineDbContext db, string clinicianId, string patientId)
    {
        await db.ShareGrants.ExecuteUpdateAsync(s => s.SetProperty(g => g.ClinicianId, clinicianId));
        await db.SavedAssessments.Where(a => a.UserId == FirstPatient).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserId, patientId));
        await db.Plans.Where(p => p.UserId == FirstPatient).ExecuteUpdateAsync(s => s.SetProperty(p => p.UserId, patientId));
    }
}
