namespace HipSpine.Cli;

/// <summary>The streams a command uses, so tests can run commands in-process.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool OutputRedirected);
