namespace HipSpine.Cli.Tests;

/// <summary>Runs <c>hipspine</c> in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, new CliConsole(new StringReader(stdin), output, error, OutputRedirected: true));
        return (exit, output.ToString(), error.ToString());
    }
}
