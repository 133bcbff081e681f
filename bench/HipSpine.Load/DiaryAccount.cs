using System.Globalization;
using System.Net;

/// <summary>
/// One person of the diary load: their own cookie jar and connection, an account made through the real
/// sign-up page, a saved assessment with a started plan, and the diary entry form's antiforgery token
/// (valid for every post of this session). <see cref="Acknowledged"/> counts the writes the app confirmed.
/// </summary>
internal sealed class DiaryAccount : IDisposable
{
    private const string Password = "load test password";
    private readonly HttpClient client;
    private string entryToken = "";

    public DiaryAccount(Uri baseUrl, int number)
    {
        Email = $"load{number.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}@example.com";
        var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 1 };
        client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Email { get; }

    public Guid AssessmentId { get; private set; }

    public int Acknowledged => acknowledged;

    private int acknowledged;

    /// <summary>Sign up, take the all-questions assessment, save it, start its plan, open the diary form.</summary>
    public async Task SetUpAsync(CancellationToken cancellationToken)
    {
        var signUp = await GetAsync("/account/signup", cancellationToken).ConfigureAwait(false);
        await PostExpectingRedirectAsync("/account/signup", signUp, [new("Email", Email), new("Password", Password), new("ConfirmPassword", Password)], cancellationToken).ConfigureAwait(false);

        var questions = await GetAsync("/assess/all", cancellationToken).ConfigureAwait(false);
        var answers = FormPage.AnswerAll(questions, new Dictionary<string, string>(StringComparer.Ordinal) { ["where.groin"] = "true", ["where.low_back"] = "true" });
        answers.Add(new("age", "52"));
        answers.Add(new("sex", "female"));
        if (FormPage.HiddenOrNull(questions, "state") is { } state)
        {
            answers.Add(new("state", state));
        }

        var result = await PostForPageAsync("/assess/all", questions, answers, cancellationToken).ConfigureAwait(false);
        var saved = await PostExpectingRedirectAsync("/assessments", result, [new("state", FormPage.Hidden(result, "state"))], cancellationToken).ConfigureAwait(false);
        AssessmentId = Guid.Parse(saved["/assessments/".Length..]);

        var plan = await GetAsync($"/assessments/{AssessmentId:D}/plan", cancellationToken).ConfigureAwait(false);
        var today = DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await PostExpectingRedirectAsync($"/assessments/{AssessmentId:D}/plan?handler=start", plan, [new("startDate", today)], cancellationToken).ConfigureAwait(false);
        entryToken = FormPage.Antiforgery(await GetAsync($"/assessments/{AssessmentId:D}/diary/entry", cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Posts one new entry; true only for the redirect back to this plan's diary (a stored entry).</summary>
    public async Task<bool> WriteEntryAsync(CancellationToken cancellationToken)
    {
        var n = acknowledged + 1;
        using var content = new FormUrlEncodedContent(
        [
            new("Form.At", DateTime.Now.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
            new("Form.Pain", (n % 11).ToString(CultureInfo.InvariantCulture)),
            new("Form.Notes", $"load entry {n.ToString(CultureInfo.InvariantCulture)}"), // distinct, so the check can count them
            new("__RequestVerificationToken", entryToken),
        ]);
        using var response = await client.PostAsync(new Uri($"/assessments/{AssessmentId:D}/diary/entry", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var ok = response.StatusCode == HttpStatusCode.Redirect
            && string.Equals(response.Headers.Location?.OriginalString, $"/assessments/{AssessmentId:D}/diary", StringComparison.Ordinal);
        if (ok)
        {
            acknowledged++;
        }

        return ok;
    }

    public void Dispose() => client.Dispose();

    private async Task<string> GetAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK ? body : throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode}");
    }

    private async Task<string> PostForPageAsync(string url, string page, List<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(url, page, fields, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK ? body : throw new InvalidOperationException($"POST {url}: {(int)response.StatusCode}");
    }

    /// <summary>Posts a form that must answer with a redirect; returns where it redirects to.</summary>
    private async Task<string> PostExpectingRedirectAsync(string url, string page, List<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(url, page, fields, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? location.OriginalString
            : throw new InvalidOperationException($"POST {url}: {(int)response.StatusCode}, expected a redirect");
    }

    private async Task<HttpResponseMessage> PostAsync(string url, string page, List<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        fields.Add(new("__RequestVerificationToken", FormPage.Antiforgery(page)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
    }
}
