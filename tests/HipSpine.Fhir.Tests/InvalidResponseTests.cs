using Hl7.Fhir.Model;

namespace HipSpine.Fhir.Tests;

public sealed class InvalidResponseTests
{
    private static OperationOutcome Problems(string json)
    {
        var reply = FhirFixture.Service.Assess(json);
        Assert.False(reply.IsValid);
        var read = FhirJson.Read<OperationOutcome>(reply.Json);
        Assert.True(read.IsValid, reply.Json);
        var outcome = read.Resource!;
        Assert.NotEmpty(outcome.Issue);
        Assert.All(outcome.Issue, i => Assert.Equal(OperationOutcome.IssueSeverity.Error, i.Severity));
        return outcome;
    }

    private static OperationOutcome Problems(QuestionnaireResponse response) => Problems(Responses.Json(response));

    private static void AssertNames(OperationOutcome outcome, string linkId)
    {
        var issue = Assert.Single(outcome.Issue, i => i.Diagnostics!.StartsWith(linkId + ":", StringComparison.Ordinal));
        Assert.Equal(OperationOutcome.IssueType.Invalid, issue.Code);
        Assert.Contains($"linkId='{linkId}'", Assert.Single(issue.Expression), StringComparison.Ordinal);
    }

    public static TheoryData<string, object, string> BadAnswers => new()
    {
        { "pain.nonsense", true, "unknown linkId" },
        { "where.groin", "yes", "must be true or false" },
        { "where.groin", 1, "must be true or false" },
        { "pain.severity_now", 11, "outside" },
        { "episode.onset", "slowly", "must be one of" },
        { "pain.severity_now", new FhirDateTime(2026, 1, 1), "dateTime" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public void A_bad_answer_is_an_error_naming_its_linkId(string linkId, object value, string message)
    {
        var outcome = Problems(Responses.For(50, "female", new Dictionary<string, object> { [linkId] = value }));

        AssertNames(outcome, linkId);
        Assert.Contains(message, outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_age_is_an_error_naming_the_age_item()
    {
        AssertNames(Problems(Responses.For(null, "female", [])), "age");
    }

    [Fact]
    public void An_age_out_of_range_is_an_error_naming_the_age_item()
    {
        AssertNames(Problems(Responses.For(5, null, [])), "age");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var outcome = Problems(Responses.For(null, "female", new Dictionary<string, object>
        {
            ["where.groin"] = "yes",
            ["pain.severity_now"] = 11,
            ["pain.unknown"] = true,
        }));

        foreach (var linkId in (string[])["age", "where.groin", "pain.severity_now", "pain.unknown"])
        {
            AssertNames(outcome, linkId);
        }
    }

    [Fact]
    public void An_answer_given_twice_is_an_error()
    {
        var response = Responses.For(50, null, new Dictionary<string, object> { ["where.groin"] = true });
        response.Item[^1].Item.Add(new QuestionnaireResponse.ItemComponent
        {
            LinkId = "where.groin",
            Answer = [new QuestionnaireResponse.AnswerComponent { Value = new FhirBoolean(false) }],
        });

        AssertNames(Problems(response), "where.groin");
    }

    [Fact]
    public void A_response_to_another_questionnaire_is_an_error()
    {
        var response = Responses.For(50, null, []);
        response.Questionnaire = "http://example.org/Questionnaire/other";

        var issue = Assert.Single(Problems(response).Issue);
        Assert.Equal("QuestionnaireResponse.questionnaire", Assert.Single(issue.Expression));
    }

    [Theory]
    [InlineData("""{"resourceType": "QuestionnaireResponse", """)]
    [InlineData("not json")]
    [InlineData("")]
    public void Malformed_JSON_is_an_OperationOutcome(string json)
    {
        var issue = Problems(json).Issue[0];

        Assert.False(string.IsNullOrEmpty(issue.Diagnostics));
    }

    [Fact]
    public void Another_resource_type_is_an_OperationOutcome_naming_it()
    {
        var issue = Assert.Single(Problems("""{"resourceType":"Patient","gender":"female"}""").Issue);

        Assert.Contains("not Patient", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void FHIR_that_breaks_the_R4_JSON_rules_is_an_OperationOutcome()
    {
        var issue = Problems("""{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"age","answer":[{"valueInteger":"sixty"}]}]}""").Issue[0];

        Assert.NotNull(issue.Code);
        Assert.False(string.IsNullOrEmpty(issue.Diagnostics));
    }
}
