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

    public string? Latest => logged.LastOrDefault();

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

/// <summary>Adds the app's latest logged error to the reason phrase of a 5xx answer, which is what a failed <c>EnsureSuccessStatusCode</c> prints.</summary>
internal sealed class ServerErrorReason(ServerErrors errors) : DelegatingHandler
{
    private const int MaxLength = 800;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500 && errors.Latest is { } cause)
        {
            var oneLine = string.Join(' ', cause.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            var reason = $"{response.ReasonPhrase}; the app logged: {oneLine}";
            response.ReasonPhrase = reason.Length > MaxLength ? reason[..MaxLength] : reason;
        }

        return response;
    }
}
