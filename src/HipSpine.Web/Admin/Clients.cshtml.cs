using HipSpine.Records.Smart;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;

namespace HipSpine.Web.Admin;

/// <summary>
/// The administrator registers and removes SMART client apps. A confidential client's secret is shown once, on the
/// answer to the form (never in a link), and only its hash is kept.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ClientsModel(IOpenIddictApplicationManager applications, UserManager<IdentityUser> users) : PageModel
{
    [BindProperty] public string? ClientId { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Type { get; set; }

    [BindProperty] public string? RedirectUris { get; set; }

    [BindProperty] public string? Origins { get; set; }

    [BindProperty] public IReadOnlyList<string> Scopes { get; set; } = [];

    [BindProperty] public string? OwnerEmail { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SmartClientSummary> Clients { get; private set; } = [];

    public string? NewSecret { get; private set; }

    public bool Registered { get; private set; }

    public async Task OnGetAsync() => Clients = await SmartClients.ListAsync(applications, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostRegisterAsync()
    {
        string? ownerId = null;
        if (!string.IsNullOrWhiteSpace(OwnerEmail))
        {
            ownerId = (await users.FindByEmailAsync(OwnerEmail.Trim()))?.Id;
            if (ownerId is null)
            {
                Errors["owner"] = "Owner: no account has this email.";
            }
        }

        var client = new SmartClientRegistration(ClientId?.Trim() ?? "", Name?.Trim() ?? "", Type == "confidential", Lines(RedirectUris), Lines(Origins), Scopes, ownerId);
        if (Errors.Count == 0 && client.Problem() is { } problem)
        {
            Errors[FieldOf(problem)] = char.ToUpperInvariant(problem[0]) + problem[1..] + ".";
        }

        if (Errors.Count == 0 && await applications.FindByClientIdAsync(client.ClientId, HttpContext.RequestAborted) is not null)
        {
            Errors["clientid"] = "Client id: another app is registered with it.";
        }

        if (Errors.Count > 0)
        {
            Clients = await SmartClients.ListAsync(applications, HttpContext.RequestAborted);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        NewSecret = await SmartClients.AddAsync(applications, client, HttpContext.RequestAborted);
        Registered = true;
        Clients = await SmartClients.ListAsync(applications, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? removeId)
    {
        if (string.IsNullOrEmpty(removeId) || !await SmartClients.RemoveAsync(applications, removeId, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return RedirectToPage("/Admin/Clients");
    }

    /// <summary>The form field a registration problem names (its message starts with the field's name).</summary>
    private static string FieldOf(string problem) =>
        problem.StartsWith("client id", StringComparison.Ordinal) ? "clientid"
        : problem.StartsWith("name", StringComparison.Ordinal) ? "name"
        : problem.StartsWith("redirect", StringComparison.Ordinal) ? "redirects"
        : problem.StartsWith("allowed origin", StringComparison.Ordinal) ? "origins"
        : "scopes";

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
