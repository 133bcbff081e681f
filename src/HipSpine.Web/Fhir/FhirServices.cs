using HipSpine.Engine.Assessment;
using HipSpine.Fhir;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Fhir;

/// <summary><c>Fhir</c>: where HipSpine's FHIR definitions live.</summary>
public sealed class FhirOptions
{
    public const string Section = "Fhir";

    /// <summary>
    /// The canonical base URL of the Questionnaire, CodeSystems, ValueSets, extension and OperationDefinitions: the
    /// public address of this server's <c>/fhir</c>, so each canonical URL can be fetched. Default: the default
    /// <c>Urls</c> (<c>http://127.0.0.1:5000/fhir</c>).
    /// </summary>
    public string CanonicalBase { get; set; } = FhirUris.Base;
}

internal static class FhirServices
{
    /// <summary>The FHIR service (HipSpine.Fhir) shared by <c>/fhir</c> and the "My data" download.</summary>
    public static IServiceCollection AddHipSpineFhir(this IServiceCollection services)
    {
        services.AddOptions<FhirOptions>().BindConfiguration(FhirOptions.Section)
            .Validate(o => FhirCanonical.Problem(o.CanonicalBase) is null, "Fhir:CanonicalBase must be an absolute http or https URL without query or fragment (e.g. https://hipspine.example.org/fhir)")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new FhirService(
            sp.GetRequiredService<AssessmentEngine>(),
            sp.GetRequiredService<TimeProvider>(),
            new FhirCanonical(sp.GetRequiredService<IOptions<FhirOptions>>().Value.CanonicalBase)));
        services.AddScoped<FhirRecordAccess>();
        return services;
    }
}
