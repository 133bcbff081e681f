using System.Xml.Linq;
using HipSpine.Tests.Shared;

namespace HipSpine.Cli.Tests;

/// <summary>Dependencies point inward: the command line reads records through HipSpine.Records, never through the web app.</summary>
public class ProjectGraphTests
{
    [Theory]
    [InlineData("HipSpine.Cli")]
    [InlineData("HipSpine.Records")]
    [InlineData("HipSpine.Engine")]
    public void A_project_below_the_web_app_does_not_reference_it(string project)
    {
        var references = References(project);

        Assert.DoesNotContain(references, r => r.Contains("HipSpine.Web", StringComparison.Ordinal));
    }

    [Fact]
    public void The_engine_references_no_other_HipSpine_project()
    {
        Assert.DoesNotContain(References("HipSpine.Engine"), r => r.Contains("HipSpine.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_web_app_shows_its_internals_to_its_own_tests_only()
    {
        var web = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "HipSpine.Web", "HipSpine.Web.csproj"));
        var visibleTo = web.Descendants("InternalsVisibleTo").Select(e => (string?)e.Attribute("Include") ?? "").ToArray();

        Assert.Equal(new[] { "HipSpine.Web.Tests" }, visibleTo);
    }

    private static string[] References(string project) =>
        [.. XDocument.Load(Path.Combine(RepoPaths.Root, "src", project, project + ".csproj"))
            .Descendants("ProjectReference").Select(e => (string?)e.Attribute("Include") ?? "")];
}
