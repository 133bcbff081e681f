using System.Net;
using System.Text;
using System.Text.Json;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

public sealed class ApiTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_valid_case_returns_the_contract_result()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.PostAsync(new Uri("/api/assess", UriKind.Relative),
            Json("""{"id":"c1","age":67,"sex":"female","findings":{"where.groin":true,"where.low_back":true,"neuro.saddle_numbness":false}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        Assert.Equal("c1", root.GetProperty("id").GetString());

        // Exactly the generated serialiser's bytes (the endpoint writes them with AssessmentResultWriter).
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var engine = app.Services.GetRequiredService<AssessmentEngine>();
        using var request = JsonDocument.Parse("""{"id":"c1","age":67,"sex":"female","findings":{"where.groin":true,"where.low_back":true,"neuro.saddle_numbness":false}}""");
        var subject = CaseValidator.Validate(request.RootElement, engine.Knowledge.Vocabulary, 1).Case!;
        Assert.Equal(JsonSerializer.Serialize(engine.Assess(subject), HipSpineJsonContext.Default.AssessmentResult), body);
        Assert.Equal("soon", root.GetProperty("urgency").GetString()); // unanswered warning signs: never self care
        Assert.Equal(JsonValueKind.Array, root.GetProperty("mustRuleOut").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("urgencyReasons").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("unansweredRedFlags").ValueKind);
        Assert.Equal(19, root.GetProperty("sources").GetArrayLength());
        Assert.True(root.GetProperty("sources")[0].TryGetProperty("probability", out _));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("pattern").GetString()));
        Assert.StartsWith("1.", root.GetProperty("knowledgeVersion").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.SavedCount());
    }

    [Theory]
    [InlineData("""{"age":50,"findings":{"pain.nonsense":true}}""", "findings.pain.nonsense")]
    [InlineData("""{"age":50,"findings":{"where.groin":"yes"}}""", "findings.where.groin")]
    [InlineData("""{"age":50,"findings":{"pain.severity_now":11}}""", "findings.pain.severity_now")]
    [InlineData("""{"findings":{}}""", "age")]
    [InlineData("""{"age":5}""", "age")]
    [InlineData("""{"age":50,"setting":"hospital"}""", "setting")]
    [InlineData("""{"age": 50, """, "(json)")]
    public async Task An_invalid_case_returns_problem_details_naming_the_field_and_stores_nothing(string body, string field)
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.PostAsync(new Uri("/api/assess", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, doc.RootElement.GetProperty("status").GetInt32());
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty(field, out var messages), $"no error for {field}");
        Assert.True(messages.GetArrayLength() > 0);
        Assert.Equal(0, app.SavedCount());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_assess_endpoint()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/assess", out var assess));
        var ok = assess.GetProperty("post").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json");
        Assert.Contains("AssessmentResult", ok.GetProperty("schema").GetProperty("$ref").GetString(), StringComparison.Ordinal);
    }
}
