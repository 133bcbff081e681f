using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// Waits for a page to have loaded by asking the page itself. Playwright's client-side load-state wait (behind
/// <c>WaitForLoadStateAsync</c> and <c>WaitForURLAsync</c>) has hung for its full minute on busy CI machines after a
/// form post, although the page had loaded and even gone network-idle: the "load" event can reach the test before it
/// starts listening. A wait evaluated in the page has no such race.
/// </summary>
internal static class PageLoad
{
    /// <summary>Until the document and everything it loads are in (<c>document.readyState</c> is "complete").</summary>
    public static async Task CompleteAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");

    /// <summary>Until the address matches and that page has loaded (after a click that posts a form or follows a link).</summary>
    public static async Task ArriveAtAsync(IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address);
        await CompleteAsync(page);
    }
}
