using System.Text.Json;

namespace HipSpine.Cli.Tests;

public class AssessCommandTests
{
    private const string Valid = """{"id":"ok","age":40,"findings":{"where.low_back":true}}""";

    [Fact]
    public void A_case_on_standard_input_gives_one_json_line_and_exit_0()
    {
        var (exit, output, error) = CliRunner.Run(Valid, "assess");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var doc = JsonDocument.Parse(line);
        Assert.Equal("ok", doc.RootElement.GetProperty("id").GetString());
        Assert.Equal("soon", doc.RootElement.GetProperty("urgency").GetString()); // unanswered warning signs are never self care
    }

    [Fact]
    public void An_array_and_json_lines_give_results_in_input_order()
    {
        var array = CliRunner.Run("""[{"id":"a","age":40},{"id":"b","age":50}]""", "assess", "-", "--format", "json");
        var lines = CliRunner.Run("{\"id\":\"a\",\"age\":40}\n{\"id\":\"b\",\"age\":50}\n", "assess");
        foreach (var (exit, output, _) in new[] { array, lines })
        {
            Assert.Equal(0, exit);
            var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
            Assert.Equal(["a", "b"], ids);
        }
    }

    [Fact]
    public void The_emergency_setting_raises_a_serious_source_for_the_same_case()
    {
        static double CaudaEquina(params string[] args)
        {
            var (exit, output, error) = CliRunner.Run(Valid, ["assess", .. args]);
            Assert.True(exit == 0, error);
            using var doc = JsonDocument.Parse(output);
            return doc.RootElement.GetProperty("sources").EnumerateArray()
                .Single(s => s.GetProperty("id").GetString() == "cauda_equina").GetProperty("probability").GetDouble();
        }

        Assert.Equal(CaudaEquina(), CaudaEquina("--setting", "PrimaryCare"));
        Assert.Equal(CaudaEquina(), CaudaEquina("--setting", "primary_care"));
        Assert.True(CaudaEquina("--setting", "Emergency") > CaudaEquina());
        Assert.Equal(CaudaEquina("--setting", "Emergency"), CaudaEquina("--setting", "emergency"));
    }

    [Theory]
    [InlineData("hospital")]
    [InlineData("2")]
    public void An_unknown_setting_exits_2_naming_the_option(string setting)
    {
        var (exit, output, error) = CliRunner.Run(Valid, "assess", "--setting", setting);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("--setting", error, StringComparison.Ordinal);
        Assert.Contains("primary_care", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_argument_is_read()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, Valid);
        try
        {
            Assert.Equal(0, CliRunner.Run("", "assess", file).Exit);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("""{"id":"bad","age":40,"findings":{"pain.foo":true}}""", "case 'bad': findings.pain.foo")]
    [InlineData("""{"id":"bad","age":40,"findings":{"where.groin":1}}""", "case 'bad': findings.where.groin")]
    [InlineData("""{"id":"bad","age":40,"findings":{"pain.severity_now":99}}""", "case 'bad': findings.pain.severity_now")]
    [InlineData("""{"id":"bad","age":""", "case #1: (json)")]
    [InlineData("", "case #1: (input)")]
    public void Invalid_input_exits_2_names_case_and_field_and_writes_nothing(string input, string expected)
    {
        var (exit, output, error) = CliRunner.Run(input, "assess");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_cases_are_still_assessed_when_another_is_invalid_but_the_exit_code_is_2()
    {
        var (exit, output, error) = CliRunner.Run("""[{"id":"good","age":40},{"id":"bad","age":5}]""", "assess");
        Assert.Equal(2, exit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("case 'bad': age", error, StringComparison.Ordinal);
        // The id, not the bare word: the knowledge hash in the output is hex and can spell "bad".
        Assert.DoesNotContain("\"id\":\"bad\"", output, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"good\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_format_is_a_readable_report()
    {
        var (exit, output, _) = CliRunner.Run("""{"id":"t","age":50,"findings":{"neuro.saddle_numbness":true,"where.low_back":true}}""", "assess", "--format", "text");
        Assert.Equal(0, exit);
        Assert.Contains("Urgency: emergency", output, StringComparison.Ordinal);
        Assert.Contains("Likely sources:", output, StringComparison.Ordinal);
        Assert.Contains("does not diagnose", output, StringComparison.Ordinal);
    }
}

public class PlanCommandTests
{
    [Fact]
    public void Plan_prints_options_with_cautions_phases_and_exercises_as_json()
    {
        var (exit, output, error) = CliRunner.Run(
            """{"id":"p","age":66,"findings":{"where.groin":true,"where.low_back":true,"hx.kidney_disease":true,"episode.duration_days":120}}""", "plan");
        Assert.True(exit == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("p", root.GetProperty("id").GetString());
        Assert.Equal(3, root.GetProperty("phases").GetArrayLength());
        Assert.True(root.GetProperty("phases")[0].GetProperty("exercises").GetArrayLength() > 0);
        var nsaid = root.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "oral_nsaid");
        Assert.Equal("avoid", nsaid.GetProperty("status").GetString());
    }

    [Fact]
    public void Plan_rejects_an_invalid_case_with_exit_2()
    {
        var (exit, output, error) = CliRunner.Run("""{"id":"p","age":3}""", "plan");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("case 'p': age", error, StringComparison.Ordinal);
    }
}
