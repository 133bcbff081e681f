using System.Text.Json;
using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir.Tests;

/// <summary>Builds QuestionnaireResponses the way a FHIR form filler would: items nested in their groups.</summary>
internal static class Responses
{
    public static QuestionnaireResponse For(int? age, string? sex, IEnumerable<KeyValuePair<string, object>> findings)
    {
        var response = new QuestionnaireResponse
        {
            Questionnaire = FhirUris.IntakeQuestionnaire,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        };
        if (age is { } a)
        {
            response.Item.Add(Answer("age", new Integer(a)));
        }

        if (sex is not null)
        {
            response.Item.Add(Answer("sex", new Coding(FhirUris.GenderSystem, sex)));
        }

        foreach (var (code, value) in findings)
        {
            var definition = Kb.Knowledge.Vocabulary.FindFinding(code);
            var group = definition is null ? "group-" + code.Split('.')[0] : QuestionnaireBuilder.GroupLinkId(definition);
            var groupItem = response.Item.FirstOrDefault(i => i.LinkId == group);
            if (groupItem is null)
            {
                groupItem = new QuestionnaireResponse.ItemComponent { LinkId = group };
                response.Item.Add(groupItem);
            }

            groupItem.Item.Add(Answer(code, value switch
            {
                bool b => new FhirBoolean(b),
                int i => new Integer(i),
                string s when definition?.Type == FindingType.Choice => new Coding(FhirUris.AnswerSystem, s),
                string s => new FhirString(s),
                DataType d => d,
                _ => throw new ArgumentException("unsupported answer for " + code),
            }));
        }

        return response;
    }

    /// <summary>A response with every finding (patient and examination) of a test case file in tests/cases.</summary>
    public static (QuestionnaireResponse Response, string CaseJson) ForCaseFile(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var findings = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in (string[])["findings", "examFindings"])
        {
            if (!root.TryGetProperty(name, out var section))
            {
                continue;
            }

            foreach (var p in section.EnumerateObject())
            {
                findings[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => p.Value.GetInt32(),
                    _ => p.Value.GetString()!,
                };
            }
        }

        var age = root.GetProperty("age").GetInt32();
        var sex = root.TryGetProperty("sex", out var s) ? s.GetString() : null;
        var caseJson = JsonSerializer.Serialize(new { age, sex, findings });
        return (For(age, sex, findings), caseJson);
    }

    public static string Json(QuestionnaireResponse response) => FhirJson.Serialize(response);

    private static QuestionnaireResponse.ItemComponent Answer(string linkId, DataType value) => new()
    {
        LinkId = linkId,
        Answer = [new QuestionnaireResponse.AnswerComponent { Value = value }],
    };
}
