using System.Net;
using System.Text.Json;
using UglyToad.PdfPig;

namespace HipSpine.Web.Tests;

/// <summary>The name on the appointment report: typed when making it, printed on page 1, never stored; too long is refused.</summary>
public sealed class ReportNameTests
{
    [Fact]
    public async Task The_typed_name_is_printed_on_page_one_and_not_stored()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, "named@example.com");
        var saved = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}");
        Assert.Contains("<label for=\"report-name\">", saved, StringComparison.Ordinal);

        using var pdf = PdfDocument.Open(await patient.GetByteArrayAsync(new Uri($"/assessments/{id}/report.pdf?name=Ann%20Example", UriKind.Relative)));
        var first = string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Name: Ann Example", first, StringComparison.Ordinal);
        Assert.Contains("Age and sex: 52 years, female", first, StringComparison.Ordinal);
        Assert.DoesNotContain("named@example.com", first, StringComparison.Ordinal);
        Assert.Empty(await DatabaseSearch.FindAsync(app, "Ann Example"));

        using var refused = await patient.GetAsync(new Uri($"/assessments/{id}/report.pdf?name=" + new string('a', 101), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("name", out _));
    }
}
