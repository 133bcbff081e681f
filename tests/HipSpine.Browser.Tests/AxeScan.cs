using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// Runs axe-core on pages and collects every serious or critical violation, so one failing test lists
/// all problems at once (id, impact, help, first targets) instead of stopping at the first page.
/// </summary>
internal sealed class AxeScan
{
    private static readonly string[] Blocking = ["serious", "critical"];
    private readonly List<string> problems = [];
    private readonly List<string> scanned = [];

    public async Task ScanAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        // A scan that checked nothing (axe not injected, empty page) must not pass as "no violations".
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on {name} ({page.Url}).");
        scanned.Add(name);
        foreach (var violation in result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal)))
        {
            var targets = violation.Nodes.Take(3).Select(n => n.Target.ToString());
            problems.Add($"{name} ({page.Url}): {violation.Id} [{violation.Impact}] {violation.Help}; at {string.Join(", ", targets)}");
        }
    }

    public void AssertClean()
    {
        Assert.True(scanned.Count > 0, "No page was scanned.");
        Assert.True(problems.Count == 0,
            $"axe found {problems.Count} serious or critical violation(s) on {scanned.Count} page(s):\n" + string.Join('\n', problems));
    }
}
