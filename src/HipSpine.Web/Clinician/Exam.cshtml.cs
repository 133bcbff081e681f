using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Clinician;

/// <summary>One examination or test finding in the form.</summary>
public sealed record ExamField(string Code, string Label, bool IsBool, int Min, int Max, string? Value, string? Unit = null);

/// <summary>A source's probability before and after, and the new findings that moved it with their LRs.</summary>
public sealed record SourceChange(string Name, string Before, string After, IReadOnlyList<string> MovedBy);

/// <summary>
/// Examination entry: the exam.* and test.* findings, the stored case re-assessed with them side by side
/// (urgency and each source before/after with the likelihood ratios that moved it), and saving the
/// examined case as a new version of the assessment.
/// </summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class ExamModel(HipSpineDbContext db, Sharing sharing, KnowledgeText text, AssessmentEngine engine, TimeProvider time, Audit.AuditTrail audit) : PageModel
{
    public Guid Id { get; private set; }

    public IReadOnlyList<ExamField> Fields { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? UrgencyBefore { get; private set; }

    public string? UrgencyAfter { get; private set; }

    public IReadOnlyList<SourceChange> Changes { get; private set; } = [];

    /// <summary>Who is examined: "58 years, female" and where it hurts with the side ("Groin / anterior hip pain (right)").</summary>
    public string Patient { get; private set; } = "";

    public string WhereItHurts { get; private set; } = "";

    private void Describe(AssessmentCase subject)
    {
        Patient = string.Create(CultureInfo.InvariantCulture, $"{subject.Age} years, {subject.Sex ?? "sex not given"}");
        var where = PainSites.ClinicianWords(text.Knowledge, subject);
        WhereItHurts = where.Count == 0 ? "not marked" : string.Join(", ", where);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(id, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        Fields = BuildFields(stored.Case, null);
        Describe(stored.Case);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? save, CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(id, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        var form = Request.Form;
        Fields = BuildFields(stored.Case, code => form["x." + code].ToString());
        Describe(stored.Case);
        var (examined, errors) = Apply(stored.Case);
        Errors = errors;
        if (examined is null || save is null)
        {
            // "Show the effect" (or the form again) serves the stored record: a read, though it came by POST.
            await audit.ReadByPostAsync(stored.Row.UserId!, AuditResources.Exam, id.ToString(), cancellationToken);
        }

        if (examined is null)
        {
            return Page();
        }

        var before = engine.Assess(stored.Case);
        var after = engine.Assess(examined);
        if (save is not null)
        {
            var row = StoredAssessmentCodec.Encode(examined, after, stored.Row.UserId, time.GetUtcNow().UtcDateTime);
            row.RootId = stored.RootId;
            row.ExaminedBy = User.UserId();
            db.SavedAssessments.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToPage("/Clinician/Patient", new { patientId = row.UserId });
        }

        UrgencyBefore = KnowledgeText.UrgencyTitle(before.Urgency);
        UrgencyAfter = KnowledgeText.UrgencyTitle(after.Urgency);
        Changes = Compare(before, after);
        return Page();
    }

    private async Task<StoredAssessment?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!Sharing.IsClinician(User))
        {
            return null;
        }

        var stored = await sharing.FindSharedAsync(id, User, AuditResources.Exam, cancellationToken);
        if (stored is null || stored.Row.UserId == User.UserId())
        {
            return null; // the exam is for patients who shared with this clinician
        }

        Id = id;
        return stored;
    }

    private List<ExamField> BuildFields(AssessmentCase subject, Func<string, string>? posted) => text.Knowledge.Vocabulary.Findings
        .Where(f => f.IsClinicianOnly && f.Type is FindingType.Bool or FindingType.Int)
        .Select(f => new ExamField(
            f.Code,
            text.Knowledge.FindQuestion(f.Code)?.Clinician is { Length: > 0 } c ? c : f.Meaning,
            f.Type == FindingType.Bool,
            f.Min,
            f.Max,
            posted is not null ? posted(f.Code)
                : subject.Get(f.Code) is { IsKnown: true } v ? (f.Type == FindingType.Bool ? (v.AsBool ? "true" : "false") : ClinicalUnits.Show(f.Code, v.Number)) : null,
            text.Knowledge.FindQuestion(f.Code)?.Unit))
        .ToList();

    private (AssessmentCase? Case, IReadOnlyList<string> Errors) Apply(AssessmentCase subject)
    {
        var errors = new List<string>();
        var result = subject;
        foreach (var field in Fields)
        {
            var finding = text.Knowledge.Vocabulary.FindFinding(field.Code)!;
            var value = field.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                result = result.With(finding.Index, FindingValue.Unknown);
            }
            else if (field.IsBool && value is "true" or "false")
            {
                result = result.With(finding.Index, FindingValue.Of(value == "true"));
            }
            else if (!field.IsBool && ClinicalUnits.Read(field.Code, value) is { } n && n >= field.Min && n <= field.Max)
            {
                result = result.With(finding.Index, FindingValue.Of(n));
            }
            else
            {
                errors.Add(field.IsBool ? field.Label + ": enter yes, no or not examined." : field.Label + ": enter " + ClinicalUnits.Range(field.Code, field.Min, field.Max) + ".");
            }
        }

        return errors.Count == 0 ? (result, errors) : (null, errors);
    }

    private List<SourceChange> Compare(AssessmentResult before, AssessmentResult after) => after.Sources
        .Select(s =>
        {
            var old = before.Sources.FirstOrDefault(b => b.Id == s.Id);
            var known = old?.Evidence.Select(e => e.Finding).ToHashSet(StringComparer.Ordinal) ?? [];
            var moved = s.Evidence.Where(e => !known.Contains(e.Finding))
                .Select(e => string.Create(CultureInfo.InvariantCulture, $"{text.FindingWords(e.Finding, e.Value)} (likelihood ratio {e.LikelihoodRatio:0.##})"))
                .ToArray();
            return new SourceChange(text.SourceName(s.Id), KnowledgeText.Percent(old?.Probability ?? 0), KnowledgeText.Percent(s.Probability), moved);
        })
        .ToList();
}
