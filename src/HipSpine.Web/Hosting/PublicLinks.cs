using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Hosting;

/// <summary><c>Hosting:PublicBaseUrl</c>: the address people reach HipSpine at.</summary>
public sealed class PublicLinkOptions : IValidatableObject
{
    public const string Section = "Hosting";

    /// <summary>Absolute http(s) URL, e.g. <c>https://hipspine.example.org</c>; every absolute link is made from it.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5000";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            yield return new ValidationResult("Hosting:PublicBaseUrl must be an absolute http or https URL without query, like https://hipspine.example.org", [nameof(PublicBaseUrl)]);
        }
    }
}

/// <summary>
/// Absolute links (in mail, calendar files, share links) built from the configured public address, never from
/// the request's <c>Host</c> header, which the client chooses: a forged Host must not put an attacker's address
/// into a link HipSpine sends or a calendar it serves.
/// </summary>
public sealed class PublicLinks(IOptions<PublicLinkOptions> options)
{
    public Uri BaseUri { get; } = new(options.Value.PublicBaseUrl.TrimEnd('/') + "/", UriKind.Absolute);

    /// <summary>The absolute URL of an app-relative path and query (<c>/account/confirm?..</c>).</summary>
    public string Absolute(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return new Uri(BaseUri, pathAndQuery.TrimStart('/')).AbsoluteUri;
    }

    /// <summary>The host name alone, for identifiers such as an iCalendar UID.</summary>
    public string Host => BaseUri.Host;
}

internal static class PublicLinkServices
{
    public static IServiceCollection AddHipSpinePublicLinks(this IServiceCollection services)
    {
        services.AddOptions<PublicLinkOptions>().BindConfiguration(PublicLinkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublicLinks>();
        return services;
    }
}
