using System.Globalization;
using System.Text.Json;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>An assessment case read from a QuestionnaireResponse, or the problems that make it invalid.</summary>
internal sealed record ResponseRead(AssessmentCase? Case, OperationOutcome Problems)
{
    public bool IsValid => Case is not null && !Problems.HasErrors();
}

/// <summary>
/// Turns a QuestionnaireResponse to <c>hipspine-intake</c> into a case (docs/contract.md section 1) and validates
/// it with the engine's <see cref="CaseValidator"/>, so the answers obey exactly the rules of
/// <c>POST /api/assess</c>. Every problem becomes an error issue whose expression names the item's linkId
/// path; unknown linkIds are errors; an invalid response yields no case.
/// </summary>
internal static class QuestionnaireResponseReader
{
    public static ResponseRead Read(QuestionnaireResponse response, KnowledgeBase knowledge, FhirCanonical? canonical = null)
    {
        canonical ??= FhirCanonical.Default;
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(knowledge);
        var issues = new List<OperationOutcome.IssueComponent>();
        CheckHeader(response, knowledge, canonical, issues);

        // linkId -> (answer, FHIRPath of the item); the FHIRPath names each linkId on the way down.
        var answers = new Dictionary<string, (DataType? Value, string Path)>(StringComparer.Ordinal);
        Collect(response.Item, "QuestionnaireResponse", knowledge, answers, issues);
        issues.AddRange(EnableWhenCheck.Problems(QuestionnaireBuilder.For(knowledge), answers));

        var json = ToCaseJson(response.Id, answers);
        using var document = JsonDocument.Parse(json);
        var read = CaseValidator.Validate(document.RootElement, knowledge.Vocabulary, 1);
        foreach (var problem in read.Problems)
        {
            var linkId = LinkIdOf(problem.Field);
            var path = answers.TryGetValue(linkId, out var found) ? found.Path : ItemPath("QuestionnaireResponse", linkId);
            issues.Add(Outcomes.Error($"{linkId}: {problem.Message}", path));
        }

        var valid = issues.Count == 0 && read.Case is not null;
        return new ResponseRead(valid ? read.Case : null, Outcomes.Of(issues));
    }

    private static void CheckHeader(QuestionnaireResponse response, KnowledgeBase knowledge, FhirCanonical canonical, List<OperationOutcome.IssueComponent> issues)
    {
        var answered = response.Questionnaire;
        if (!string.IsNullOrEmpty(answered))
        {
            var parts = answered.Split('|');
            var url = parts[0];
            if (parts.Length > 1 && !string.Equals(parts[1], knowledge.Version, StringComparison.Ordinal))
            {
                // Another version's items may mean something else (or not exist): its answers are not read as this one's.
                issues.Add(Outcomes.Error(
                    $"questionnaire: answers version {parts[1]}, but HipSpine assesses version {knowledge.Version} of {canonical.IntakeQuestionnaire}; fetch it again and answer that",
                    "QuestionnaireResponse.questionnaire", OperationOutcome.IssueType.BusinessRule));
            }

            if (!string.Equals(url, canonical.IntakeQuestionnaire, StringComparison.Ordinal)
                && !string.Equals(url, canonical.ExamQuestionnaire, StringComparison.Ordinal)
                && !string.Equals(url, "Questionnaire/" + FhirUris.IntakeQuestionnaireId, StringComparison.Ordinal))
            {
                issues.Add(Outcomes.Error(
                    $"questionnaire: answers '{answered}', but only {canonical.IntakeQuestionnaire} can be assessed",
                    "QuestionnaireResponse.questionnaire"));
            }
        }

        if (response.Status == QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError)
        {
            issues.Add(Outcomes.Error("status: a response entered in error cannot be assessed", "QuestionnaireResponse.status"));
        }
    }

    private static void Collect(
        List<QuestionnaireResponse.ItemComponent> items,
        string parentPath,
        KnowledgeBase knowledge,
        Dictionary<string, (DataType? Value, string Path)> answers,
        List<OperationOutcome.IssueComponent> issues)
    {
        foreach (var item in items)
        {
            var linkId = item.LinkId ?? "";
            var path = ItemPath(parentPath, linkId);
            if (IsGroup(linkId, knowledge))
            {
                Collect(item.Item, path, knowledge, answers, issues);
                if (item.Answer.Count > 0)
                {
                    issues.Add(Outcomes.Error($"{linkId}: a group takes no answer, only items", path));
                }

                continue;
            }

            if (!IsQuestion(linkId, knowledge))
            {
                issues.Add(Outcomes.Error($"{linkId}: unknown linkId (not an item of {FhirUris.IntakeQuestionnaireId})", path));
                continue;
            }

            if (answers.ContainsKey(linkId))
            {
                issues.Add(Outcomes.Error($"{linkId}: answered more than once", path));
                continue;
            }

            if (item.Answer.Count > 1)
            {
                issues.Add(Outcomes.Error($"{linkId}: takes one answer, not {item.Answer.Count.ToString(CultureInfo.InvariantCulture)}", path));
                continue;
            }

            if (item.Item.Count > 0 || item.Answer.Any(a => a.Item.Count > 0))
            {
                issues.Add(Outcomes.Error($"{linkId}: a question has no nested items", path));
            }

            answers[linkId] = (item.Answer.Count == 1 ? item.Answer[0].Value : null, path);
        }
    }

    /// <summary>The answers as a contract case: FHIR answer types map to JSON kinds; the engine judges them.</summary>
    private static string ToCaseJson(string? id, Dictionary<string, (DataType? Value, string Path)> answers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (!string.IsNullOrEmpty(id))
            {
                writer.WriteString("id", id);
            }

            foreach (var name in (string[])[QuestionnaireBuilder.AgeLinkId, QuestionnaireBuilder.SexLinkId])
            {
                if (answers.TryGetValue(name, out var answer) && answer.Value is not null)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, answer.Value);
                }
            }

            writer.WriteStartObject("findings");
            foreach (var (linkId, answer) in answers)
            {
                if (linkId is QuestionnaireBuilder.AgeLinkId or QuestionnaireBuilder.SexLinkId || answer.Value is null)
                {
                    continue; // an item without an answer is unknown, as an absent finding is
                }

                writer.WritePropertyName(linkId);
                WriteValue(writer, answer.Value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, DataType value)
    {
        switch (value)
        {
            case FhirBoolean { Value: { } b }:
                writer.WriteBooleanValue(b);
                break;
            case Integer { Value: { } i }:
                writer.WriteNumberValue(i);
                break;
            case FhirDecimal { Value: { } d }:
                writer.WriteNumberValue(d);
                break;
            case Coding { Code: { } code }:
                writer.WriteStringValue(code);
                break;
            case FhirString { Value: { } s }:
                writer.WriteStringValue(s);
                break;
            default:
                // Any other answer type (date, quantity, attachment...) fits no finding: show its FHIR type.
                writer.WriteStringValue("an answer of type " + value.TypeName);
                break;
        }
    }

    private static bool IsGroup(string linkId, KnowledgeBase knowledge) =>
        string.Equals(linkId, QuestionnaireBuilder.ClinicianGroup, StringComparison.Ordinal)
        || knowledge.Vocabulary.Findings.Any(f => string.Equals(QuestionnaireBuilder.GroupLinkId(f), linkId, StringComparison.Ordinal));

    private static bool IsQuestion(string linkId, KnowledgeBase knowledge) =>
        linkId is QuestionnaireBuilder.AgeLinkId or QuestionnaireBuilder.SexLinkId
        || knowledge.Vocabulary.FindFinding(linkId) is not null;

    /// <summary>Maps a case field (<c>age</c>, <c>findings.where.groin</c>) back to the item's linkId.</summary>
    private static string LinkIdOf(string field) =>
        field.StartsWith("findings.", StringComparison.Ordinal) ? field["findings.".Length..] : field;

    private static string ItemPath(string parent, string linkId) =>
        $"{parent}.item.where(linkId='{linkId.Replace("'", "\\'", StringComparison.Ordinal)}')";
}
