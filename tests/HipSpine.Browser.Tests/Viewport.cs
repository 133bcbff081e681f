using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>The two widths the pages are checked at, and the check that a page never scrolls sideways.</summary>
internal static class Viewport
{
    public const int Desktop = 1280;
    public const int Phone = 390;

    public static Task UseAsync(IPage page, int width) =>
        page.SetViewportSizeAsync(width, width == Phone ? 844 : 900);

    /// <summary>Fails naming the page and the widest element when the document is wider than the window.</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page, string name)
    {
        var overflow = await page.EvaluateAsync<string>(
            """
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return '';
              const wide = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0)
                .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''} (${Math.round(e.getBoundingClientRect().right)} px)`);
              return `${document.documentElement.scrollWidth} px wide in ${width} px: ` + wide.slice(0, 5).join(', ');
            }
            """);
        Assert.True(overflow.Length == 0, $"{name} ({page.Url}) scrolls sideways: {overflow}");
    }
}
