namespace HipSpine.Tests.Shared;

/// <summary>Posts a form the way a browser would, antiforgery token included.</summary>
internal static class FormPost
{
    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, string page, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.Append(new("__RequestVerificationToken", Html.Antiforgery(page)));
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Posts and returns the page shown: after post/redirect/get, the page the redirect leads to.</summary>
    public static async Task<string> PostOkAsync(this HttpClient client, string url, string page, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var posted = await client.PostAsync(url, page, fields);
        if ((int)posted.StatusCode is 302 or 303 && posted.Headers.Location is { } location)
        {
            using var redirected = await client.GetAsync(location);
            var shown = await redirected.Content.ReadAsStringAsync();
            Assert.True(redirected.IsSuccessStatusCode, $"{url} -> {location}: {(int)redirected.StatusCode} {shown}");
            return shown;
        }

        var response = posted;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>Every answer field of a page answered "No" (numbers and choices "not sure"), with overrides.</summary>
    public static List<KeyValuePair<string, string>> AnswerAll(string page, string boolAnswer, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (page.Contains("name=\"state\"", StringComparison.Ordinal))
        {
            fields.Add(new("state", Html.State(page)));
        }

        foreach (var (code, type) in Html.Answers(page))
        {
            if (overrides?.TryGetValue(code, out var value) == true)
            {
                fields.Add(new("a." + code, value));
            }
            else if (type == "number")
            {
                fields.Add(new("unsure." + code, "true"));
            }
            else
            {
                fields.Add(new("a." + code, page.Contains($"name=\"a.{code}\" value=\"true\"", StringComparison.Ordinal) ? boolAnswer : "unsure"));
            }
        }

        return fields;
    }
}
