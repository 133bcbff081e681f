using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Data;

/// <summary>
/// The web app's database: accounts (ASP.NET Core Identity), saved assessments, plans, diary and outcome
/// scores, and the OAuth clients and tokens of the SMART on FHIR server. Abstract because each provider has its own subclass and migrations set
/// (<see cref="SqliteHipSpineDbContext"/>, <see cref="PostgresHipSpineDbContext"/>); code uses this type.
/// </summary>
public abstract class HipSpineDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<SavedAssessment> SavedAssessments => Set<SavedAssessment>();

    public DbSet<CarePlan> Plans => Set<CarePlan>();

    public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();

    public DbSet<OutcomeScore> OutcomeScores => Set<OutcomeScore>();

    public DbSet<ShareGrant> ShareGrants => Set<ShareGrant>();

    public DbSet<PlanAdjustment> PlanAdjustments => Set<PlanAdjustment>();

    /// <summary>Clinician applications and their verification by an administrator.</summary>
    public DbSet<ClinicianProfile> ClinicianProfiles => Set<ClinicianProfile>();

    /// <summary>Who read or wrote which patient's data, when and from where (<see cref="AuditInterceptor"/>).</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>DataProtection keys, shared so protected form state is readable by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder); // the Identity tables
        modelBuilder.UseOpenIddict();       // OAuth clients, authorizations, scopes and tokens (SMART on FHIR, docs/fhir.md)
        modelBuilder.Entity<SavedAssessment>(e =>
        {
            e.HasKey(a => a.Id);
            e.Property(a => a.CaseJson).IsRequired();
            e.Property(a => a.ResultJson).IsRequired();
            e.Property(a => a.KnowledgeVersion).HasMaxLength(200).IsRequired();
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => a.UserId);
            e.HasIndex(a => a.RootId);
            e.Property(a => a.ExaminedBy).HasMaxLength(450);
        });
        modelBuilder.Entity<ShareGrant>(e =>
        {
            e.HasKey(g => g.Id);
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(g => g.PatientId).OnDelete(DeleteBehavior.Cascade);
            e.Property(g => g.ClinicianId).HasMaxLength(450);
            e.Property(g => g.ClinicianEmail).HasMaxLength(256);
            e.Property(g => g.CodeHash).HasMaxLength(64).IsRequired();
            e.HasIndex(g => g.CodeHash).IsUnique();
            e.HasIndex(g => g.PatientId);
            e.HasIndex(g => g.ClinicianId);
        });
        modelBuilder.Entity<ClinicianProfile>(e =>
        {
            e.HasKey(p => p.UserId);
            e.HasOne<IdentityUser>().WithOne().HasForeignKey<ClinicianProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
            e.Property(p => p.UserId).HasMaxLength(450);
            e.Property(p => p.Profession).HasMaxLength(100).IsRequired();
            e.Property(p => p.RegistrationBody).HasMaxLength(50).IsRequired();
            e.Property(p => p.RegistrationNumber).HasMaxLength(50).IsRequired();
            e.Property(p => p.VerifiedBy).HasMaxLength(450);
            e.Ignore(p => p.IsVerified);
        });
        modelBuilder.Entity<PlanAdjustment>(e =>
        {
            e.HasKey(a => a.Id);
            e.HasOne<SavedAssessment>().WithMany().HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.Property(a => a.ClinicianId).HasMaxLength(450).IsRequired();
            e.Property(a => a.Added).HasMaxLength(2000).IsRequired();
            e.Property(a => a.Dropped).HasMaxLength(2000).IsRequired();
            e.Property(a => a.Note).HasMaxLength(4000);
            e.HasIndex(a => new { a.AssessmentId, a.CreatedUtc });
        });
        modelBuilder.Entity<AuditEvent>(e =>
        {
            // No foreign keys: an event outlives nothing by itself; deleting an account deletes its events explicitly.
            e.HasKey(a => a.Id);
            e.Property(a => a.ActorId).HasMaxLength(450);
            e.Property(a => a.ActorRole).HasMaxLength(20).IsRequired();
            e.Property(a => a.PatientId).HasMaxLength(450).IsRequired();
            e.Property(a => a.Action).HasMaxLength(20).IsRequired();
            e.Property(a => a.Resource).HasMaxLength(40).IsRequired();
            e.Property(a => a.ResourceId).HasMaxLength(100);
            e.Property(a => a.RemoteIp).HasMaxLength(64);
            e.Property(a => a.Path).HasMaxLength(500);
            e.HasIndex(a => new { a.PatientId, a.WhenUtc });
            e.HasIndex(a => a.ActorId);
        });
        modelBuilder.Entity<CarePlan>(e =>
        {
            e.HasKey(p => p.Id);
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<SavedAssessment>().WithMany().HasForeignKey(p => p.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => p.AssessmentId).IsUnique(); // one plan per saved assessment
        });
        modelBuilder.Entity<DiaryEntry>(e =>
        {
            e.HasKey(d => d.Id);
            e.HasOne<CarePlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(d => new { d.PlanId, d.At });
            e.Property(d => d.Activity).HasMaxLength(500);
            e.Property(d => d.Medication).HasMaxLength(500);
            e.Property(d => d.Notes).HasMaxLength(2000);
            e.Property(d => d.NewWarningSigns).HasMaxLength(1000);
            e.Property(d => d.TimeZone).HasMaxLength(64);
            e.HasMany(d => d.Exercises).WithOne().HasForeignKey(x => x.DiaryEntryId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ExerciseLog>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.ExerciseId).HasMaxLength(100).IsRequired();
            e.Property(x => x.NextMorning).HasMaxLength(10).IsRequired();
        });
        modelBuilder.Entity<OutcomeScore>(e =>
        {
            e.HasKey(o => o.Id);
            e.HasOne<CarePlan>().WithMany().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.Property(o => o.Measure).HasMaxLength(20).IsRequired();
            e.Property(o => o.Items).HasMaxLength(100).IsRequired();
            e.Property(o => o.Labels).HasMaxLength(1000);
            e.HasIndex(o => new { o.PlanId, o.Measure, o.Date });
        });
    }
}

/// <summary>The SQLite flavour (migrations in Migrations/Sqlite).</summary>
public sealed class SqliteHipSpineDbContext(DbContextOptions<SqliteHipSpineDbContext> options) : HipSpineDbContext(options);

/// <summary>The PostgreSQL flavour (migrations in Migrations/Postgres).</summary>
public sealed class PostgresHipSpineDbContext(DbContextOptions<PostgresHipSpineDbContext> options) : HipSpineDbContext(options);
