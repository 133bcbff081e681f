using HipSpine.Engine.Assessment;
using HipSpine.Fhir;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HipSpine.Web.Fhir;

internal static class FhirServices
{
    /// <summary>The FHIR service (HipSpine.Fhir) shared by <c>/fhir</c> and the "My data" download.</summary>
    public static IServiceCollection AddHipSpineFhir(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new FhirService(sp.GetRequiredService<AssessmentEngine>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<FhirRecordAccess>();
        return services;
    }
}
