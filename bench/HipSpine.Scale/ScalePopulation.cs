using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Care;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Evaluation;
using HipSpine.Engine.Knowledge;
using Microsoft.AspNetCore.Identity;

namespace HipSpine.Scale;

/// <summary>What the generator makes: N patients with D days of diary each, the "today" they end on, and the seed.</summary>
public sealed record ScaleOptions(int Patients, int Days, int Seed, DateOnly Today, int Clinicians = 5, double SharingShare = 0.05);

/// <summary>One synthetic patient: account, saved assessment (engine-run), plan, optional grant, examined version and adjustment.</summary>
public sealed record PatientProfile(
    int Index,
    IdentityUser User,
    SavedAssessment Assessment,
    SavedAssessment? Examined,
    CarePlan Plan,
    ShareGrant? Grant,
    PlanAdjustment? Adjustment,
    IReadOnlyList<(int FromWeek, string[] ExerciseIds)> Phases);

/// <summary>
/// Builds the population deterministically from the seed: patient i always gets the same ids and rows. Ages
/// and sexes come from a plausible clinic mix (mean 52, sd 16, 18-95; 58% female); each patient's case is
/// one of tests/cases/own/*.json (patient-only findings, weighted towards the non-urgent ones) run through the real
/// engine with that age and sex, and the plan is the real recovery planner's.
/// </summary>
public sealed class ScalePopulation
{
    private readonly KnowledgeBase knowledge;
    private readonly AssessmentEngine engine;
    private readonly LabelledCase[] cases;
    private readonly int[] caseWeights;

    public ScalePopulation(KnowledgeBase knowledge, string casesFolder, ScaleOptions options)
    {
        this.knowledge = knowledge;
        Options = options;
        engine = new AssessmentEngine(knowledge);
        var (read, problems) = LabelledCaseReader.ReadFolder(casesFolder, knowledge.Vocabulary);
        if (read.Count == 0)
        {
            throw new InvalidOperationException($"no readable cases in {casesFolder}: {string.Join("; ", problems)}");
        }

        cases = read.ToArray();
        // Most people who use the app have a non-urgent picture; red-flag cases stay in, but rarer.
        caseWeights = cases.Select(c => c.Expected.Urgency is "emergency" or "urgent" ? 1 : 8).ToArray();
        Clinicians = Enumerable.Range(0, options.Clinicians).Select(MakeClinician).ToArray();
    }

    public ScaleOptions Options { get; }

    public IReadOnlyList<IdentityUser> Clinicians { get; }

    public static readonly IdentityRole ClinicianRole = new() { Id = "role-clinician", Name = "clinician", NormalizedName = "CLINICIAN", ConcurrencyStamp = "scale" };

    public DateTime NowUtc => Options.Today.ToDateTime(new TimeOnly(23, 0), DateTimeKind.Utc);

    /// <summary>tests/cases/own of the checkout: the first one found above the program's or the current folder.</summary>
    public static string FindCases()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "cases", "own");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("tests/cases/own not found: run from the HipSpine checkout or pass --cases FOLDER");
    }

    public static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout, like Guid.NewGuid()
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static IdentityUser User(string id, string email) => new()
    {
        Id = id,
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        SecurityStamp = id,
        ConcurrencyStamp = id,
        LockoutEnabled = true,
    };

    private IdentityUser MakeClinician(int k) => User($"clinician-{k:D3}", $"clinician{k:D3}@scale.example");

    public PatientProfile Patient(int index)
    {
        var random = new Random(unchecked((Options.Seed * 1_000_003) + index));
        var user = User($"patient-{index:D7}", $"patient{index:D7}@scale.example");
        var age = (int)Math.Clamp(Math.Round(52 + (16 * Gaussian(random))), 18, 95);
        var sex = random.NextDouble() < 0.58 ? "female" : "male";
        var template = cases[Weighted(random, caseWeights)];
        var subject = WithPerson(template.PatientOnly, age, sex);
        var result = engine.Assess(subject);
        var start = Options.Today.AddDays(-Options.Days + 1);
        var created = start.AddDays(-random.Next(0, 4)).ToDateTime(new TimeOnly(random.Next(8, 21), random.Next(60)), DateTimeKind.Utc);
        var assessment = Row(NextGuid(random), created, user.Id, subject, result);
        var plan = RecoveryPlanner.Plan(knowledge, result, subject);
        var carePlan = new CarePlan { Id = NextGuid(random), UserId = user.Id, AssessmentId = assessment.Id, StartDate = start, CreatedUtc = created.AddMinutes(5) };
        var phases = plan.Phases.Select(p => (p.Phase.FromWeek, p.Exercises.Select(e => e.Id).ToArray())).ToArray();

        ShareGrant? grant = null;
        SavedAssessment? examined = null;
        PlanAdjustment? adjustment = null;
        if (random.NextDouble() < Options.SharingShare && Clinicians.Count > 0)
        {
            var clinician = Clinicians[random.Next(Clinicians.Count)].Id;
            var granted = NowUtc.AddDays(-random.Next(1, 80));
            grant = new ShareGrant
            {
                Id = NextGuid(random),
                PatientId = user.Id,
                ClinicianId = clinician,
                AssessmentId = random.NextDouble() < 0.8 ? null : assessment.Id,
                CodeHash = Convert.ToHexStringLower(NextGuid(random).ToByteArray()) + Convert.ToHexStringLower(NextGuid(random).ToByteArray()),
                CreatedUtc = granted,
                RedeemedUtc = granted.AddHours(random.Next(1, 48)),
                ExpiresUtc = granted.AddDays(90),
                RevokedUtc = random.NextDouble() < 0.1 ? granted.AddDays(random.Next(1, 20)) : null, // some withdrawn: the filter must drop them
            };
            if (random.NextDouble() < 0.3)
            {
                var full = WithPerson(template.Full, age, sex);
                examined = Row(NextGuid(random), grant.RedeemedUtc.Value.AddDays(1), user.Id, full, engine.Assess(full));
                examined.RootId = assessment.Id;
                examined.ExaminedBy = clinician;
                if (random.NextDouble() < 0.5 && phases.Length > 0 && phases[0].Item2.Length > 1)
                {
                    adjustment = new PlanAdjustment
                    {
                        Id = NextGuid(random), AssessmentId = examined.Id, ClinicianId = clinician, CreatedUtc = examined.CreatedUtc.AddMinutes(10),
                        Added = "", Dropped = phases[0].Item2[^1], Note = "Leave this one out until the hip settles.",
                    };
                }
            }
        }

        return new PatientProfile(index, user, assessment, examined, carePlan, grant, adjustment, phases);
    }

    private static SavedAssessment Row(Guid id, DateTime created, string userId, AssessmentCase subject, AssessmentResult result) => new()
    {
        Id = id,
        CreatedUtc = created,
        UserId = userId,
        CaseJson = CaseWriter.Write(subject),
        ResultJson = HipSpineJson.Serialize(result),
        KnowledgeVersion = result.KnowledgeVersion,
    };

    private static AssessmentCase WithPerson(AssessmentCase template, int age, string sex) =>
        new(template.Vocabulary, null, age, sex, Enumerable.Range(0, template.Vocabulary.Findings.Count).Select(i => template[i]).ToArray());

    private static int Weighted(Random random, int[] weights)
    {
        var pick = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
