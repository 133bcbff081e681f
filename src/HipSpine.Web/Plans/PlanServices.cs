namespace HipSpine.Web.Plans;

internal static class PlanServices
{
    /// <summary>The plan, diary and progress pages' services (they all load a plan through <see cref="PlanLoader"/>).</summary>
    public static IServiceCollection AddHipSpinePlans(this IServiceCollection services) =>
        services.AddScoped<PlanLoader>().AddScoped<ClinicianChanges>().AddScoped<Hosting.PersonClock>().AddSingleton<ExerciseFigures>();

    /// <summary>The plan's endpoints besides its pages: the iCalendar download and the exercise drawings.</summary>
    public static IEndpointRouteBuilder MapHipSpinePlans(this IEndpointRouteBuilder routes) =>
        ExerciseFigures.MapExerciseFigures(routes.MapPlanCalendar());
}
