using HipSpine.Engine.Assessment;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using HipSpine.Records;

namespace HipSpine.Web.Hosting;

internal static class EngineServices
{
    /// <summary>
    /// Loads <c>knowledge/</c> once (configuration <c>Knowledge:Path</c>, else the engine's usual search) and
    /// registers the immutable engine and planner. Bad knowledge throws here, listing every error.
    /// </summary>
    public static IServiceCollection AddHipSpineEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var knowledge = KnowledgeLoader.LoadOrThrow(KnowledgeLoader.Locate(configuration["Knowledge:Path"]));
        var engine = new AssessmentEngine(knowledge);
        services.AddSingleton(knowledge);
        services.AddSingleton(engine);
        services.AddSingleton(new InterviewPlanner(engine, InterviewScreensLoader.Load(knowledge)));
        services.AddSingleton<KnowledgeText>();
        return services;
    }
}
