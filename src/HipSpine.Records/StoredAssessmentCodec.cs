using System.Text.Json;
using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Records;

/// <summary>
/// The one place a saved assessment is turned into a row and back: the case as a contract case object
/// (<see cref="CaseWriter"/>, read back by <see cref="CaseValidator"/> against the current vocabulary) and the
/// result as contract JSON (docs/contract.md sections 1 and 2).
/// </summary>
public static class StoredAssessmentCodec
{
    /// <summary>A new row (random id) holding the case and its result.</summary>
    public static SavedAssessment Encode(AssessmentCase subject, AssessmentResult result, string? userId, DateTime createdUtc)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(result);
        return new SavedAssessment
        {
            Id = Guid.NewGuid(),
            CreatedUtc = createdUtc,
            UserId = userId,
            CaseJson = CaseWriter.Write(subject),
            ResultJson = HipSpineJson.Serialize(result),
            KnowledgeVersion = result.KnowledgeVersion,
        };
    }

    /// <summary>Null when the stored case no longer reads with the current vocabulary or the stored result does not read.</summary>
    public static StoredAssessment? Decode(KnowledgeBase knowledge, SavedAssessment row)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(row);
        var result = DecodeResult(row);
        if (result is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(row.CaseJson);
            var subject = CaseValidator.Validate(document.RootElement, knowledge.Vocabulary, 1).Case;
            return subject is null ? null : new StoredAssessment(row, subject, result);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The stored result alone (it needs no knowledge to read); null when it does not read.</summary>
    public static AssessmentResult? DecodeResult(SavedAssessment row)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            return JsonSerializer.Deserialize<AssessmentResult>(row.ResultJson, HipSpineJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
