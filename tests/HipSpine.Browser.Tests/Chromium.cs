using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>Debian's Chromium, launched the way that works on our machines (docs/stack.md).</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // Fail, never skip: a skipped browser suite looks green while testing nothing. Playwright's own
        // browser download is never used (no network here; `playwright install` is not part of the build).
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}: install Debian chromium: apt-get install -y chromium " +
                "(scripts/apt-packages.txt lists it for CI).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox: tests run as root in CI. The rest keep Chromium from calling home or updating itself.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }
}
