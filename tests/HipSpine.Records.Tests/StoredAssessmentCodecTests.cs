using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Evaluation;
using HipSpine.Tests.Shared;

namespace HipSpine.Records.Tests;

public sealed class StoredAssessmentCodecTests
{
    public static TheoryData<string> CaseFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.OwnCases, "*.json").Concat(Directory.GetFiles(RepoPaths.DevCases, "*.json")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void A_stored_case_and_result_read_back_as_they_were_written(string file)
    {
        var subject = ReadCase(file);
        var result = Kb.Engine.Assess(subject);
        var created = new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);

        var row = StoredAssessmentCodec.Encode(subject, result, "user-1", created);
        var stored = StoredAssessmentCodec.Decode(Kb.Knowledge, row);

        Assert.NotNull(stored);
        Assert.Equal(("user-1", created, result.KnowledgeVersion), (row.UserId, row.CreatedUtc, row.KnowledgeVersion));
        Assert.Equal((subject.Id, subject.Age, subject.Sex), (stored.Case.Id, stored.Case.Age, stored.Case.Sex));
        Assert.Equal(subject.AnsweredFindings(), stored.Case.AnsweredFindings());
        Assert.Equal(HipSpineJson.Serialize(result), HipSpineJson.Serialize(Kb.Engine.Assess(stored.Case)));
        Assert.Equal(row.ResultJson, HipSpineJson.Serialize(stored.Result));
        Assert.Equal(result.Sources.Select(s => (s.Id, s.Probability)), stored.Result.Sources.Select(s => (s.Id, s.Probability)));
        Assert.Equal(row.CaseJson, CaseWriter.Write(stored.Case));
    }

    [Fact]
    public void A_case_without_sex_or_id_writes_neither()
    {
        var subject = Kb.Case(40, null, ("where.lateral_hip", true), ("pain.severity_now", 6));

        var json = CaseWriter.Write(new AssessmentCase(subject.Vocabulary, null, subject.Age, null, Enumerable.Range(0, subject.Vocabulary.Findings.Count).Select(i => subject[i]).ToArray()));

        Assert.Equal("""{"age":40,"findings":{"where.lateral_hip":true,"pain.severity_now":6}}""", json);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"age":5}""")]
    public void A_stored_case_that_no_longer_reads_decodes_to_null(string caseJson)
    {
        var subject = Kb.Case(40, "female", ("where.lateral_hip", true));
        var row = StoredAssessmentCodec.Encode(subject, Kb.Engine.Assess(subject), null, DateTime.UnixEpoch);
        row.CaseJson = caseJson;

        Assert.Null(StoredAssessmentCodec.Decode(Kb.Knowledge, row));
    }

    [Fact]
    public void A_stored_result_that_does_not_read_decodes_to_null()
    {
        var row = new SavedAssessment { CaseJson = """{"age":40,"findings":{}}""", ResultJson = "{broken" };

        Assert.Null(StoredAssessmentCodec.DecodeResult(row));
        Assert.Null(StoredAssessmentCodec.Decode(Kb.Knowledge, row));
    }

    private static AssessmentCase ReadCase(string file)
    {
        var (labelled, problems) = LabelledCaseReader.ReadFile(Path.Combine(RepoPaths.Root, file), Kb.Knowledge.Vocabulary);
        Assert.True(labelled is not null, string.Join("; ", problems));
        return labelled.Full;
    }
}
