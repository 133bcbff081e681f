namespace HipSpine.Web.Clinician;

internal static class ClinicianServices
{
    /// <summary>Share grants and the access rule built on them, used by the clinician pages, the report and <c>$everything</c>.</summary>
    public static IServiceCollection AddHipSpineSharing(this IServiceCollection services) =>
        services.AddScoped<Sharing>().AddScoped<ClinicianRegistry>();
}
