using System.Text.Json;
using HipSpine.Engine.Extraction;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The extractor reports the side of the pain apart from the findings (it becomes the answer to pain.side), so the
/// score counts it as that finding: a side read and annotated alike is found, a different side is both a false reading
/// and a miss, and a side annotated but not read is a miss.
/// </summary>
public sealed class ExtractionSideScoringTests
{
    private static ExtractionScore SideScore(string text, string annotatedSide)
    {
        var expected = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["pain.side"] = JsonDocument.Parse($"\"{annotatedSide}\"").RootElement.Clone(),
        };
        var report = ExtractionEvaluation.Run(ExtractedValue.Extractor, Kb.Knowledge, [new AnnotatedStory("s1", text, expected)], ExtractedValue.Today);
        return report.Groups.Single(g => g.Group == "pain");
    }

    [Fact]
    public void A_side_read_as_annotated_is_found() =>
        Assert.Equal(new ExtractionScore("pain", 1, 0, 0), SideScore("The pain is in my right buttock and goes down the leg.", "right"));

    [Fact]
    public void A_different_side_is_a_false_reading_and_a_miss() =>
        Assert.Equal(new ExtractionScore("pain", 0, 1, 1), SideScore("The pain is in my right buttock and goes down the leg.", "left"));

    [Fact]
    public void A_side_not_told_is_a_miss() =>
        Assert.Equal(new ExtractionScore("pain", 0, 0, 1), SideScore("I have a sore lower back.", "both"));
}
