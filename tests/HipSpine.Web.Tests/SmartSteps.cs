using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HipSpine.Records.Smart;
using HipSpine.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace HipSpine.Web.Tests;

/// <summary>What a SMART client does, step by step, over HTTP only: discover, authorise with PKCE, exchange, refresh.</summary>
internal static partial class SmartSteps
{
    public const string AppOrigin = "https://app.test";
    public const string RedirectUri = AppOrigin + "/callback";

    /// <summary>Registers a client straight through the registry the admin page and the CLI use; the secret, if any.</summary>
    public static async Task<string?> RegisterAsync(HipSpineApp app, SmartClientRegistration client)
    {
        using var scope = app.Services.CreateScope();
        Assert.Null(client.Problem());
        return await SmartClients.AddAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(), client, CancellationToken.None);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>
    /// The authorisation request in a browser that is not signed in: the sign-in page (password), the consent page
    /// (Allow), and back to the app's redirect URI with the code, every redirect followed as a browser would.
    /// </summary>
    public static async Task<string> AuthorizeAsync(HttpClient browser, string authorizeEndpoint, string clientId, string scope, string challenge, string email)
    {
        var state = Guid.NewGuid().ToString("N");
        var url = authorizeEndpoint + "?response_type=code&client_id=" + Uri.EscapeDataString(clientId) + "&redirect_uri=" + Uri.EscapeDataString(RedirectUri)
            + "&scope=" + Uri.EscapeDataString(scope) + "&state=" + state + "&aud=" + Uri.EscapeDataString("https://localhost/fhir")
            + "&code_challenge=" + challenge + "&code_challenge_method=S256";
        using var first = await browser.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var signInUrl = first.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/account/signin", signInUrl, StringComparison.Ordinal);

        var signInPage = await AccountSteps.GetOkAsync(browser, signInUrl);
        using var signedIn = await browser.PostAsync(signInUrl, signInPage,
            [new("Email", email), new("Password", AccountSteps.Password), new("ReturnUrl", Html.Hidden(signInPage, "ReturnUrl"))]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var consentUrl = signedIn.Headers.Location!.OriginalString;
        Assert.StartsWith("/connect/authorize?", consentUrl, StringComparison.Ordinal);

        var consent = await AccountSteps.GetOkAsync(browser, consentUrl);
        Assert.Contains("Read your own record", consent, StringComparison.Ordinal); // the scopes in plain words
        var fields = HiddenFields().Matches(consent).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Where(f => f.Key != "__RequestVerificationToken").Append(new("decision", "allow"));
        using var allowed = await browser.PostAsync("/connect/authorize", consent, fields);
        Assert.True(allowed.StatusCode == HttpStatusCode.Redirect, await allowed.Content.ReadAsStringAsync());
        var back = allowed.Headers.Location!;
        Assert.StartsWith(RedirectUri + "?", back.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(back.Query);
        Assert.Equal(state, query["state"]);
        return query["code"] ?? throw new InvalidOperationException("no code in " + back);
    }

    public static async Task<JsonElement> TokenAsync(HttpClient client, string tokenEndpoint, IEnumerable<KeyValuePair<string, string>> form, string? basic = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(tokenEndpoint)) { Content = new FormUrlEncodedContent(form) };
        if (basic is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        }

        using var response = await client.SendAsync(request);
        return await JsonAsync(response);
    }

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenFields();
}
