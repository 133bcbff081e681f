using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Care;

namespace HipSpine.Scale;

/// <summary>One patient's diary (entries with exercise logs) and outcome scores.</summary>
public sealed record PatientDiary(IReadOnlyList<DiaryEntry> Entries, IReadOnlyList<OutcomeScore> Scores);

/// <summary>
/// The diary of a patient, any day of it made on its own and always the same (<see cref="SplitMix"/>), so each
/// table can be streamed day by day across all patients without holding millions of rows: an entry on about 88% of days (a second one on some), pain
/// falling from 5-8 towards 1-3 over 1-4 months with noise and short flares (one in five barely improves),
/// exercise sessions on about 4 days a week from the plan's current phase, NPRS and PEG-3 weekly, PSFS every 4 weeks.
/// </summary>
public static class ScaleDiary
{
    private static readonly string[] Activities = ["walk", "gardening", "swimming", "cycling", "housework", "work at desk", "shopping"];
    private static readonly string[] Medications = ["paracetamol", "ibuprofen gel", "naproxen"];
    private static readonly string[] PsfsActivities = ["Putting on socks", "Walking 30 minutes", "Getting out of the car", "Climbing stairs", "Sleeping on my side"];

    /// <summary>The whole diary of one patient (tests and small runs).</summary>
    public static PatientDiary For(PatientProfile patient, ScaleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var days = Enumerable.Range(0, options.Days).ToArray();
        return new PatientDiary(
            days.SelectMany(d => EntriesOn(patient, options, d)).ToArray(),
            days.SelectMany(d => ScoresOn(patient, options, d)).ToArray());
    }

    /// <summary>Every patient's entries, day by day: the order (and so the on-disk layout) of a live app's writes.</summary>
    public static IEnumerable<DiaryEntry> EntriesByDay(IReadOnlyList<PatientProfile> patients, ScaleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Enumerable.Range(0, options.Days).SelectMany(d => patients.SelectMany(p => EntriesOn(p, options, d)));
    }

    public static IEnumerable<OutcomeScore> ScoresByDay(IReadOnlyList<PatientProfile> patients, ScaleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Enumerable.Range(0, options.Days).SelectMany(d => patients.SelectMany(p => ScoresOn(p, options, d)));
    }

    /// <summary>The patient's pain level on a plan day, before the entry's own noise.</summary>
    private static double Level(PatientProfile patient, ScaleOptions options, int day)
    {
        var person = new SplitMix(options.Seed, patient.Index, -1, 0);
        var first = 5 + (3 * person.NextDouble());
        var floor = person.NextDouble() < 0.2 ? first - 1 : 1 + (2 * person.NextDouble());
        var tau = 30 + (90 * person.NextDouble());
        var flare = Enumerable.Range(Math.Max(0, day - 2), Math.Min(day, 2) + 1).Any(d => new SplitMix(options.Seed, patient.Index, d, 1).NextDouble() < 0.03);
        return floor + ((first - floor) * Math.Exp(-day / tau)) + (flare ? 2.5 : 0);
    }

    public static IEnumerable<DiaryEntry> EntriesOn(PatientProfile patient, ScaleOptions options, int day)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(options);
        var random = new SplitMix(options.Seed, patient.Index, day, 2);
        if (random.NextDouble() >= 0.88)
        {
            return [];
        }

        var level = Level(patient, options, day);
        var exercising = random.NextDouble() < 4.0 / 7;
        var count = random.NextDouble() < 0.06 ? 2 : 1;
        var entries = new DiaryEntry[count];
        for (var k = 0; k < count; k++)
        {
            entries[k] = Entry(ref random, patient, patient.Plan.StartDate.AddDays(day), level, day, exercising && k == 0);
        }

        return entries;
    }

    public static IEnumerable<OutcomeScore> ScoresOn(PatientProfile patient, ScaleOptions options, int day)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(options);
        if (day % 7 != 0)
        {
            return [];
        }

        var random = new SplitMix(options.Seed, patient.Index, day, 3);
        return Scores(ref random, patient.Plan.Id, patient.Plan.StartDate.AddDays(day), Level(patient, options, day), day);
    }

    private static int Score0To10(double value) => (int)Math.Clamp(Math.Round(value), 0, 10);

    private static DiaryEntry Entry(ref SplitMix random, PatientProfile patient, DateOnly date, double level, int day, bool exercising)
    {
        var pain = Score0To10(level + (1.2 * random.Gaussian()));
        var entry = new DiaryEntry
        {
            Id = random.NextGuid(),
            PlanId = patient.Plan.Id,
            At = date.ToDateTime(new TimeOnly(random.Next(7, 23), random.Next(0, 60)), DateTimeKind.Utc),
            Pain = pain,
            Stiffness = random.NextDouble() < 0.6 ? Score0To10(level - 1 + random.Gaussian()) : null,
            StiffnessMinutes = random.NextDouble() < 0.4 ? random.Next(0, 60) : null,
            SleepQuality = random.NextDouble() < 0.7 ? Score0To10(10 - level + random.Gaussian()) : null,
            SleepHours = random.NextDouble() < 0.5 ? Math.Round(5 + (3.5 * random.NextDouble()), 1) : null,
            Activity = random.NextDouble() < 0.5 ? Activities[random.Next(0, Activities.Length)] : null,
            ActivityMinutes = random.NextDouble() < 0.4 ? random.Next(10, 90) : null,
            Medication = random.NextDouble() < 0.3 ? Medications[random.Next(0, Medications.Length)] : null,
            Notes = random.NextDouble() < 0.05 ? "Sore after a long day on my feet." : null,
        };
        if (exercising)
        {
            var week = (day / 7) + 1;
            var phase = patient.Phases.LastOrDefault(p => p.FromWeek <= week);
            var ids = phase.ExerciseIds ?? [];
            foreach (var id in Shuffle(ids, ref random).Take(random.Next(2, 5)))
            {
                entry.Exercises.Add(new ExerciseLog
                {
                    Id = random.NextGuid(),
                    DiaryEntryId = entry.Id,
                    ExerciseId = id,
                    Sets = random.Next(2, 4),
                    Reps = random.Next(8, 16),
                    PainDuring = Math.Max(0, pain - random.Next(0, 3)),
                    NextMorning = random.NextDouble() < 0.8 ? ExerciseLog.NextMorningYes : random.NextDouble() < 0.5 ? ExerciseLog.NextMorningNo : ExerciseLog.NextMorningNotYet,
                });
            }
        }

        return entry;
    }

    private static string[] Shuffle(string[] ids, ref SplitMix random)
    {
        var copy = (string[])ids.Clone();
        for (var i = copy.Length - 1; i > 0; i--)
        {
            var j = random.Next(0, i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private static List<OutcomeScore> Scores(ref SplitMix random, Guid planId, DateOnly date, double level, int day)
    {
        var scores = new List<OutcomeScore>
        {
            Score(ref random, planId, "nprs", date, [Score0To10(level + random.Gaussian())], null),
            Score(ref random, planId, "peg3", date, [Score0To10(level + random.Gaussian()), Score0To10(level + random.Gaussian()), Score0To10(level + random.Gaussian())], null),
        };
        if (day % 28 == 0)
        {
            // PSFS: ability (higher is better) rises as pain falls.
            scores.Add(Score(ref random, planId, "psfs", date, [Score0To10(10 - level + random.Gaussian()), Score0To10(10 - level + random.Gaussian()), Score0To10(10 - level + random.Gaussian())], string.Join('\n', PsfsActivities.Take(3))));
        }

        return scores;
    }

    private static OutcomeScore Score(ref SplitMix random, Guid planId, string measure, DateOnly date, int[] items, string? labels) => new()
    {
        Id = random.NextGuid(),
        PlanId = planId,
        Measure = measure,
        Date = date,
        Items = string.Join(',', items.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        Labels = labels,
        Score = OutcomeScoring.Score(measure, items),
    };
}
