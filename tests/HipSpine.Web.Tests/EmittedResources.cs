using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HipSpine.Web.Tests;

/// <summary>
/// Collects what HipSpine's FHIR API answers, through real HTTP requests, as labelled resources ("GET /fhir/metadata",
/// "... entry 3") for validators to check; Bundles are kept whole and each entry is added on its own as well.
/// </summary>
internal sealed class EmittedResources(HttpClient client)
{
    private const string FhirJson = "application/fhir+json";
    private readonly List<(string Label, JsonElement Resource)> resources = [];

    public IReadOnlyList<(string Label, JsonElement Resource)> All => resources;

    /// <summary>The resource types collected, e.g. to check that nothing HipSpine emits was left out.</summary>
    public IReadOnlySet<string> Types => resources.Select(r => r.Resource.GetProperty("resourceType").GetString()!).ToHashSet(StringComparer.Ordinal);

    /// <summary>A GET, as the collection's client or as <paramref name="caller"/> (e.g. someone signed out).</summary>
    public async Task<JsonElement> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK, string? accept = null, HttpClient? caller = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.RelativeOrAbsolute));
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await SendAsync(caller ?? client, request, "GET " + url, expected);
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string url, string? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.RelativeOrAbsolute));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, FhirJson);
        }

        return await SendAsync(client, request, method + " " + url, expected);
    }

    /// <summary>The collection as validate.mjs reads it: a JSON array of <c>{"label", "resource"}</c>.</summary>
    public string ToJson()
    {
        var array = new JsonArray();
        foreach (var (label, resource) in resources)
        {
            array.Add(new JsonObject { ["label"] = label, ["resource"] = JsonNode.Parse(resource.GetRawText()) });
        }

        return array.ToJsonString();
    }

    private async Task<JsonElement> SendAsync(HttpClient caller, HttpRequestMessage request, string label, HttpStatusCode expected)
    {
        using var response = await caller.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{label}: {(int)response.StatusCode} (expected {(int)expected}) {text[..Math.Min(text.Length, 500)]}");
        using var document = JsonDocument.Parse(text);
        var resource = document.RootElement.Clone();
        Add(label, resource);
        return resource;
    }

    private void Add(string label, JsonElement resource)
    {
        resources.Add((label, resource));
        if (resource.GetProperty("resourceType").GetString() == "Bundle" && resource.TryGetProperty("entry", out var entries))
        {
            var n = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.TryGetProperty("resource", out var inner))
                {
                    resources.Add(($"{label} entry {n}", inner));
                }

                n++;
            }
        }
    }
}
