using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HipSpine.Web.Tests;

/// <summary>
/// What the app logged as errors. Its 500 page says nothing about the cause, on purpose, so a test that meets one
/// would fail with only "500 (Internal Server Error)"; <see cref="ServerErrorReason"/> puts the logged cause there.
/// </summary>
internal sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> logged = new();

    public int Count => logged.Count;

    /// <summary>
    /// The newest error logged after the first <paramref name="seen"/>, waiting up to two seconds for it: the
    /// exception handler logs after it has written the answer, so the client can see the 500 first.
    /// </summary>
    public async Task<string?> NewerThanAsync(int seen)
    {
        for (var waited = 0; logged.Count <= seen && waited < 100; waited++)
        {
            await Task.Delay(20);
        }

        return logged.Count > seen ? logged.LastOrDefault() : null;
    }

    public ILogger CreateLogger(string categoryName) => new ErrorLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class ErrorLogger(ServerErrors errors, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var cause = exception is null ? "" : $" {exception.GetType().Name}: {exception.GetBaseException().Message}";
                errors.logged.Enqueue($"{category}: {formatter(state, exception)}{cause}");
            }
        }
    }
}

/// <summary>Adds the error the app logged for this request (the newest since it was sent) to the reason phrase of a 5xx answer, which is what a failed <c>EnsureSuccessStatusCode</c> prints.</summary>
internal sealed class ServerErrorReason(ServerErrors errors) : DelegatingHandler
{
    private const int MaxLength = 800;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var seen = errors.Count;
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500 && await errors.NewerThanAsync(seen) is { } cause)
        {
            var oneLine = string.Join(' ', cause.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            var reason = $"{response.ReasonPhrase}; the app logged: {oneLine}";
            response.ReasonPhrase = reason.Length > MaxLength ? reason[..MaxLength] : reason;
        }

        return response;
    }
}
