using System.Text.Json;

namespace HipSpine.Cli.Tests;

public class FhirCommandTests
{
    [Fact]
    public void Fhir_questionnaire_prints_the_intake_Questionnaire()
    {
        var (exit, output, error) = CliRunner.Run("", "fhir", "questionnaire");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("Questionnaire", root.GetProperty("resourceType").GetString());
        Assert.Equal("http://127.0.0.1:5000/fhir/Questionnaire/hipspine-intake", root.GetProperty("url").GetString());
        Assert.StartsWith("1.", root.GetProperty("version").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(root.GetProperty("item").EnumerateArray(), i => i.GetProperty("linkId").GetString() == "clinician"); // the clinician's findings are in hipspine-exam
    }
}
