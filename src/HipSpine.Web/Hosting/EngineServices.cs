using HipSpine.Engine.Assessment;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using HipSpine.Records;
using HipSpine.Web.Assessments;

namespace HipSpine.Web.Hosting;

/// <summary><c>Knowledge</c>: where the knowledge base is.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Another knowledge folder; empty: <c>HIPSPINE_KNOWLEDGE</c>, else <c>knowledge/</c> beside the program.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// Who asks: <c>PrimaryCare</c> (self-referral and primary care, the default) or <c>Emergency</c> (a deployment in an
    /// emergency department), which selects the priors (serious causes are commoner in emergency departments).
    /// </summary>
    public CareSetting Setting { get; set; } = CareSetting.PrimaryCare;

    /// <summary>Start-up check of the setting (the folder is checked before loading, in <c>AddHipSpineEngine</c>).</summary>
    internal static IServiceCollection Add(IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(Section)
            .Validate(o => Enum.IsDefined(o.Setting), "Knowledge:Setting must be PrimaryCare or Emergency")
            .ValidateOnStart();
        return services;
    }
}

internal static class EngineServices
{
    /// <summary>
    /// Loads <c>knowledge/</c> once (<see cref="KnowledgeOptions.Path"/>, else the engine's usual search) and
    /// registers the immutable engine and planner. The knowledge is loaded here, before the app is built, so a
    /// wrong path or bad knowledge stops start-up at once, listing every error (the loader is its validation).
    /// </summary>
    public static IServiceCollection AddHipSpineEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        KnowledgeOptions.Add(services);
        EmergencyOptions.Add(services); // the number an emergency result offers to call
        if (!string.IsNullOrWhiteSpace(options.Path) && !Directory.Exists(options.Path))
        {
            throw new InvalidOperationException($"Knowledge:Path must name an existing knowledge folder; '{options.Path}' is not one.");
        }

        var knowledge = KnowledgeLoader.LoadOrThrow(KnowledgeLoader.Locate(options.Path));
        var engine = new AssessmentEngine(knowledge, options.Setting);
        services.AddSingleton(knowledge);
        services.AddSingleton(engine);
        services.AddSingleton(new InterviewPlanner(engine, InterviewScreensLoader.Load(knowledge)));
        services.AddSingleton<KnowledgeText>();
        return services;
    }
}
