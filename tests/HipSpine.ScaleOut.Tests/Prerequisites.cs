namespace HipSpine.ScaleOut.Tests;

/// <summary>What these tests need from the machine; each fails (never skips) saying how to get it.</summary>
internal static class Prerequisites
{
    public const string PostgresVariable = "HIPSPINE_TEST_POSTGRES";
    public const string Nginx = "/usr/sbin/nginx";

    public static string PostgresServer() => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{PostgresVariable} is not set, so the scale-out test has no PostgreSQL to share. Run scripts/test (it starts a throwaway "
            + "PostgreSQL), or `source scripts/services` before `dotnet test`; install PostgreSQL with `apt-get install postgresql`.");

    public static string RequireNginx() => File.Exists(Nginx)
        ? Nginx
        : throw new InvalidOperationException(
            $"{Nginx} is missing, so the scale-out test has no load balancer: `apt-get install nginx` (or run scripts/install-prerequisites).");
}
