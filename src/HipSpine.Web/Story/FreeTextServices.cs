using HipSpine.Engine.Extraction;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Web.Story;

internal static class FreeTextServices
{
    /// <summary>
    /// The free-text extractor (immutable, built once from the knowledge base and <c>knowledge/lexicon/</c>)
    /// and the story hand-over to the interview. A lexicon with errors stops it with every error listed.
    /// </summary>
    public static IServiceCollection AddFreeText(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var extractor = FreeTextExtractor.Create(sp.GetRequiredService<KnowledgeBase>());
            return extractor.HasErrors
                ? throw new InvalidOperationException("The lexicon has errors:" + Environment.NewLine
                    + string.Join(Environment.NewLine, extractor.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)))
                : extractor;
        });
        services.AddSingleton<StoryHandOver>();
        return services;
    }
}
