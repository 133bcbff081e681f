using System.Text.Json;
using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Web.Accounts.Mail;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Accounts;

public sealed record SavedLine(Guid Id, DateTime CreatedUtc, string UrgencyTitle, bool HasPlan);

/// <summary>"My account": the person's saved assessments, newest first, each with its plan.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(HipSpineDbContext db, UserManager<IdentityUser> users, AccountMail mail) : PageModel
{
    public string Email { get; private set; } = "";

    /// <summary>The person's patient id: the id of <c>/fhir/Patient/{id}/$everything</c> and of the CLI's <c>export --patient</c>.</summary>
    public string PatientId { get; private set; } = "";

    public bool IsClinician => User.IsInRole(Records.Roles.Clinician);

    /// <summary>False until the person follows the link in the confirmation mail.</summary>
    public bool EmailConfirmed { get; private set; }

    /// <summary>"A new link is on its way", after "Send the link again".</summary>
    public bool LinkSent { get; private set; }

    /// <summary>What just changed ("password"), to say so.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Changed { get; set; }

    /// <summary>"Send the link again": a new confirmation mail.</summary>
    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is { EmailConfirmed: false } user)
        {
            await mail.SendConfirmationAsync(user);
            LinkSent = true;
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public IReadOnlyList<SavedLine> Saved { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Email = User.Identity?.Name ?? "";
        EmailConfirmed = await users.GetUserAsync(User) is { EmailConfirmed: true };
        PatientId = userId ?? "";
        var rows = await db.SavedAssessments.AsNoTracking().Where(a => a.UserId == userId && a.ExaminedBy == null)
            .Select(a => new { a.Id, a.CreatedUtc, a.ResultJson })
            .ToListAsync(cancellationToken);
        var planned = await db.Plans.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.AssessmentId)
            .ToListAsync(cancellationToken);
        Saved = rows.OrderByDescending(r => r.CreatedUtc)
            .Select(r => new SavedLine(r.Id, r.CreatedUtc, Records.KnowledgeText.UrgencyTitle(
                JsonSerializer.Deserialize<AssessmentResult>(r.ResultJson, HipSpineJson.Options)?.Urgency ?? ""), planned.Contains(r.Id)))
            .ToArray();
    }
}
