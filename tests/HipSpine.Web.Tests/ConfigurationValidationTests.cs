using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Tests;

/// <summary>
/// Every configuration section is checked when the app starts: a wrong value stops start-up with a message naming
/// the setting, rather than surfacing later on a person's result page.
/// </summary>
public class ConfigurationValidationTests
{
    [Theory]
    [InlineData("Emergency:Number", "call 999", "Emergency:Number")]
    [InlineData("Emergency:Words", "", "Emergency:Words")]
    [InlineData("Knowledge:Setting", "Hospital", "Knowledge:Setting")]
    [InlineData("Knowledge:Path", "/nowhere/knowledge", "Knowledge:Path")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider")]
    [InlineData("Hosting:InstanceName", "two words", "Hosting:InstanceName")]
    [InlineData("Https:Port", "70000", "Port")]
    [InlineData("Limits:MaxDaysBack", "0", "MaxDaysBack")]
    [InlineData("Limits:MaxRequestBodySize", "10", "MaxRequestBodySize")]
    [InlineData("RateLimits:Account:PermitLimit", "0", "PermitLimit")]
    [InlineData("Proxy:TrustedProxies:0", "not-an-address", "Proxy:TrustedProxies")]
    public void A_wrong_setting_stops_start_up_naming_it(string key, string value, string named)
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { [key] = value });

        var error = Record.Exception(() => app.Browser());

        Assert.NotNull(error);
        var messages = string.Join(" | ", Messages(error));
        Assert.Contains(named, messages, StringComparison.Ordinal);
    }

    [Fact]
    public void The_emergency_number_on_a_result_comes_from_the_settings()
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { ["Emergency:Number"] = "112", ["Emergency:Words"] = "112" });

        Assert.Equal("112", app.Services.GetRequiredService<IOptions<HipSpine.Web.Assessments.EmergencyOptions>>().Value.Number);
    }

    private static IEnumerable<string> Messages(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e.Message;
            if (e is OptionsValidationException options)
            {
                foreach (var failure in options.Failures)
                {
                    yield return failure;
                }
            }

            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Messages))
                {
                    yield return inner;
                }
            }
        }
    }
}
