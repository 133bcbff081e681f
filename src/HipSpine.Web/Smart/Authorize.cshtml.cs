using HipSpine.Records.Smart;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HipSpine.Web.Smart;

/// <summary>
/// The SMART authorization endpoint after OpenIddict has checked the client, redirect URI and PKCE challenge: a
/// signed-out person is sent to the sign-in page first (the cookie's challenge brings them back here), then asked in
/// plain words whether the app may have what it asked for. Consent is asked every time: nothing is remembered.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AuthorizeModel(IOpenIddictApplicationManager applications, UserManager<IdentityUser> users) : PageModel
{
    public string ClientName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public IReadOnlyList<(string Scope, string Words)> Scopes { get; private set; } = [];

    /// <summary>The authorization request, sent again with the answer (OpenIddict reads it from the form).</summary>
    public IReadOnlyList<(string Name, string Value)> Parameters { get; private set; } = [];

    public string PostPath => SmartConfigurationApi.AuthorizePath;

    public async Task<IActionResult> OnGetAsync()
    {
        var request = HttpContext.GetOpenIddictServerRequest();
        if (request is null)
        {
            return BadRequest();
        }

        var application = await applications.FindByClientIdAsync(request.ClientId ?? "", HttpContext.RequestAborted);
        ClientName = application is null ? request.ClientId ?? "" : await applications.GetDisplayNameAsync(application, HttpContext.RequestAborted) ?? request.ClientId ?? "";
        Email = User.Identity?.Name ?? "";
        Scopes = [.. Granted(request).Select(s => (s, SmartScopes.Described[s]))];
        Parameters = [.. Request.Query.SelectMany(q => q.Value.Select(v => (q.Key, v ?? "")))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? decision)
    {
        var request = HttpContext.GetOpenIddictServerRequest();
        if (request is null)
        {
            return BadRequest();
        }

        if (decision != "allow")
        {
            return Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person did not allow this app.",
            }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var principal = await SmartPrincipals.ForUserAsync(users, user, request.ClientId ?? "", Granted(request), SecondFactor.Has(User),
            SmartConfigurationApi.Base(Request) + "/fhir");
        return SignIn(principal, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>What the app asked for, less backend scopes (no one signs in for those) and anything unknown.</summary>
    private static IEnumerable<string> Granted(OpenIddictRequest request) =>
        request.GetScopes().Where(s => SmartScopes.Described.ContainsKey(s) && !SmartScopes.IsSystem(s)).Distinct(StringComparer.Ordinal);
}
