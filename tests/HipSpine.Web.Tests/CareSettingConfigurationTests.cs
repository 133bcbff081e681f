using System.Text;
using System.Text.Json;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// <c>Knowledge:Setting</c> chooses the priors the web app ranks with: a deployment in an emergency department
/// sets <c>Emergency</c>, and the same answers then give a serious source a higher probability on the API.
/// </summary>
public sealed class CareSettingConfigurationTests
{
    private const string Case = """{"id":"ed","age":45,"findings":{"where.low_back":true}}""";

    [Fact]
    public async Task The_emergency_setting_reaches_the_engine_and_raises_a_serious_source()
    {
        using var primaryCare = new HipSpineApp();
        using var emergency = new HipSpineApp(new Dictionary<string, string> { ["Knowledge:Setting"] = "Emergency" });

        Assert.Equal(CareSetting.PrimaryCare, primaryCare.Services.GetRequiredService<AssessmentEngine>().Setting);
        Assert.Equal(CareSetting.Emergency, emergency.Services.GetRequiredService<AssessmentEngine>().Setting);
        var inPrimaryCare = await CaudaEquinaProbability(primaryCare);
        var inEmergency = await CaudaEquinaProbability(emergency);
        Assert.True(inEmergency > inPrimaryCare, $"emergency {inEmergency} is not above primary care {inPrimaryCare}");
    }

    private static async Task<double> CaudaEquinaProbability(HipSpineApp app)
    {
        using var client = app.Browser();
        using var response = await client.PostAsync(new Uri("/api/assess", UriKind.Relative), new StringContent(Case, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("sources").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == "cauda_equina").GetProperty("probability").GetDouble();
    }
}
