using System.Globalization;
using HipSpine.Data;
using HipSpine.Web.Clinician;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Accounts;

/// <summary>One grant as the patient sees it.</summary>
public sealed record GrantLine(Guid Id, string Scope, string Who, string Status, bool CanRevoke);

/// <summary>
/// "Share with a clinician": create a one-time code for one saved result or for everything, with an expiry
/// and optionally the clinician's email; see who has access; withdraw it (immediately).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SharingModel(HipSpineDbContext db, Sharing sharing, ClinicianRegistry registry, TimeProvider time) : PageModel
{
    public IReadOnlyList<(Guid Id, string Label)> Assessments { get; private set; } = [];

    public IReadOnlyList<GrantLine> Grants { get; private set; } = [];

    /// <summary>The code just created, shown once.</summary>
    public string? NewCode { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? scope, int? days, string? email, CancellationToken cancellationToken)
    {
        var userId = User.UserId()!;
        await LoadAsync(cancellationToken);
        Guid? assessmentId = null;
        if (!string.Equals(scope, "all", StringComparison.Ordinal))
        {
            if (!Guid.TryParse(scope, out var id) || Assessments.All(a => a.Id != id))
            {
                Error = "Choose what to share.";
                return Page();
            }

            assessmentId = id;
        }

        if (days is null or < 1 or > Sharing.MaxDays)
        {
            Error = string.Create(CultureInfo.InvariantCulture, $"Choose how long the code works: 1 to {Sharing.MaxDays} days.");
            return Page();
        }

        if (!string.IsNullOrWhiteSpace(email) && !email.Contains('@', StringComparison.Ordinal))
        {
            Error = "Enter the clinician's email address, like name@example.com, or leave it empty.";
            return Page();
        }

        var (_, code) = await sharing.CreateAsync(userId, assessmentId, days.Value, email, cancellationToken);
        await LoadAsync(cancellationToken);
        NewCode = code;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid grant, CancellationToken cancellationToken)
    {
        await sharing.RevokeAsync(User.UserId()!, grant, cancellationToken);
        return RedirectToPage("/Accounts/Sharing");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var inv = CultureInfo.InvariantCulture;
        var rows = await db.SavedAssessments.AsNoTracking().Where(a => a.UserId == userId && a.ExaminedBy == null)
            .Select(a => new { a.Id, a.CreatedUtc }).ToListAsync(cancellationToken);
        Assessments = rows.OrderByDescending(r => r.CreatedUtc).Select(r => (r.Id, "Result saved on " + r.CreatedUtc.ToString("d MMMM yyyy, HH:mm", inv))).ToArray();
        var grants = await db.ShareGrants.AsNoTracking().Where(g => g.PatientId == userId).ToListAsync(cancellationToken);
        var clinicianIds = grants.Select(g => g.ClinicianId).OfType<string>().Distinct().ToArray();
        var emails = await db.Users.AsNoTracking().Where(u => clinicianIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, cancellationToken);
        var labels = await registry.LabelsAsync(clinicianIds, cancellationToken);
        var names = emails.ToDictionary(e => e.Key, e => $"{e.Value} ({labels[e.Key]})", StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        Grants = grants.OrderByDescending(g => g.CreatedUtc).Select(g => new GrantLine(
            g.Id,
            g.AssessmentId is null ? "All my results, plans and diary" : Assessments.FirstOrDefault(a => a.Id == g.AssessmentId).Label ?? "A saved result",
            g.ClinicianId is not null ? names.GetValueOrDefault(g.ClinicianId, "a clinician") : g.ClinicianEmail is null ? "Not used yet" : "Not used yet by " + g.ClinicianEmail,
            g.RevokedUtc is not null ? "Withdrawn on " + g.RevokedUtc.Value.ToString("d MMMM yyyy", inv)
                : g.ExpiresUtc <= now ? "Expired on " + g.ExpiresUtc.ToString("d MMMM yyyy", inv)
                : "Active until " + g.ExpiresUtc.ToString("d MMMM yyyy", inv),
            g.RevokedUtc is null && g.ExpiresUtc > now)).ToArray();
    }
}
