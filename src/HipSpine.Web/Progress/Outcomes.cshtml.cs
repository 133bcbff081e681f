using System.Globalization;
using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Care;
using HipSpine.Engine.Knowledge;
using HipSpine.Records;
using HipSpine.Web.Hosting;
using HipSpine.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Progress;

/// <summary>A stored score read against the first score of its measure (the baseline).</summary>
public sealed record ScoreLine(OutcomeScore Score, OutcomeInterpretation? Interpretation);

/// <summary>NPRS, PEG-3 and PSFS: fill in, stored with a date, scored and interpreted against the first score.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class OutcomesModel(PlanLoader loader, HipSpineDbContext db, PersonClock clock, KnowledgeBase knowledge, DataLimits limits) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string[]> Items = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["nprs"] = ["Your pain right now, from 0 (no pain) to 10 (worst pain imaginable)"],
        ["peg3"] = [
            "Your average pain in the past week, 0 (no pain) to 10 (pain as bad as you can imagine)",
            "How much pain has got in the way of your enjoyment of life in the past week, 0 (not at all) to 10 (completely)",
            "How much pain has got in the way of your general activity in the past week, 0 (not at all) to 10 (completely)"],
    };

    public const int PsfsRows = 5;

    public Guid Id { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<OutcomeMeasure> Measures => knowledge.Care.Plan.Measures;

    public IReadOnlyDictionary<string, IReadOnlyList<ScoreLine>> History { get; private set; } = new Dictionary<string, IReadOnlyList<ScoreLine>>();

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [BindProperty]
    public string? Measure { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public List<int?> Scores { get; set; } = [];

    [BindProperty]
    public List<string?> Activities { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is { } stop ? stop : Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } stop)
        {
            return stop;
        }

        var measure = Measures.FirstOrDefault(m => m.Id == Measure);
        if (measure is null)
        {
            return BadRequest();
        }

        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Errors[$"{measure.Id}-date"] = "Enter the date you filled this in (today or earlier).";
        }
        else if (limits.DateProblem(date, "date you filled this in") is { } problem)
        {
            Errors[$"{measure.Id}-date"] = problem;
        }

        // PSFS: only rows with an activity count; the other measures take every item.
        var rows = measure.Id == "psfs"
            ? Enumerable.Range(0, Math.Min(PsfsRows, Activities.Count)).Where(i => !string.IsNullOrWhiteSpace(Activities[i])).ToArray()
            : Enumerable.Range(0, Items[measure.Id].Length).ToArray();
        var values = rows.Select(i => i < Scores.Count ? Scores[i] : null).ToArray();
        if (measure.Id == "psfs" && rows.Length < 3)
        {
            Errors["psfs-0-name"] = "Name at least 3 activities that are hard because of your pain.";
        }
        else if (values.Any(v => v is not (>= 0 and <= 10)))
        {
            Errors[$"{measure.Id}-{rows.FirstOrDefault(i => Scores.ElementAtOrDefault(i) is not (>= 0 and <= 10))}"] = "Give every item a number from 0 to 10.";
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var items = values.Select(v => v!.Value).ToArray();
        db.OutcomeScores.Add(new OutcomeScore
        {
            Id = Guid.NewGuid(),
            PlanId = context!.Row!.Id,
            Measure = measure.Id,
            Date = date,
            Items = string.Join(',', items.Select(i => i.ToString(CultureInfo.InvariantCulture))),
            Labels = measure.Id == "psfs" ? string.Join('\n', rows.Select(i => Activities[i]!.Trim()[..Math.Min(150, Activities[i]!.Trim().Length)])) : null,
            Score = OutcomeScoring.Score(measure.Id, items),
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Progress/Outcomes", new { id });
    }

    private PlanContext? context;

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        context = await loader.LoadAsync(id, User, AuditResources.Outcomes, cancellationToken);
        if (context?.Row is null)
        {
            return context is null ? NotFound() : RedirectToPage("/Plans/Plan", new { id });
        }

        Id = id;
        Today = clock.Today(await clock.ZoneOfPlanAsync(context.Row.Id, cancellationToken));
        var planId = context.Row.Id;
        var scores = await ProgressQueries.ScoresAsync(db, planId, cancellationToken);
        History = Measures.ToDictionary(m => m.Id, m =>
        {
            var ordered = scores.Where(s => s.Measure == m.Id).OrderBy(s => s.Date).ToArray();
            return (IReadOnlyList<ScoreLine>)ordered.Select((s, i) => new ScoreLine(s, i == 0 ? null : OutcomeScoring.Interpret(m, ordered[0].Score, s.Score))).ToArray();
        }, StringComparer.Ordinal);
        return null;
    }
}
