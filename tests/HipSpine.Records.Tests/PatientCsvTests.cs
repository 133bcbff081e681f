namespace HipSpine.Records.Tests;

/// <summary>CSV formula protection: what a spreadsheet would run is shown instead; numbers stay numbers.</summary>
public sealed class PatientCsvTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-1+HYPERLINK(\"http://evil.example\",\"x\")", "'-1+HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("-2-cmd|' /C calc'!A0", "'-2-cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("- 3", "'- 3")]
    [InlineData("-3", "-3")]
    [InlineData("+2.5", "+2.5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("-1E-05", "-1E-05")]
    [InlineData("7", "7")]
    [InlineData("knee sore", "knee sore")]
    [InlineData("", "")]
    public void A_cell_that_could_run_as_a_formula_is_prefixed_unless_it_is_wholly_a_number(string value, string written) =>
        Assert.Equal(written, PatientCsv.Defused(value));
}
