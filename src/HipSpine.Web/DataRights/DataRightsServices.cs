namespace HipSpine.Web.DataRights;

internal static class DataRightsServices
{
    /// <summary>"My data": deleting an account and everything stored about it.</summary>
    public static IServiceCollection AddHipSpineDataRights(this IServiceCollection services) =>
        services.AddScoped<AccountDeletion>();
}
