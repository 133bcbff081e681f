using System.Runtime.CompilerServices;

namespace HipSpine.Tests.Shared;

/// <summary>
/// Every test app would watch its settings files through inotify; with a hundred apps starting in parallel the
/// per-user limit (128 instances on a default Debian) runs out and a page answers 500. Tests never edit settings
/// while they run, so apps started by a test process (in it, or as child processes) do not reload configuration.
/// </summary>
internal static class NoConfigurationReload
{
#pragma warning disable CA2255 // a test assembly, not a library others load: it must run before any app is built
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Set()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange") is null)
        {
            Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        }
    }
}
