using System.Collections.Frozen;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HipSpine.Web.Plans;

/// <summary>
/// The line drawings of each exercise's start and end position, <c>knowledge/exercises/{id}.svg</c> (drawn by
/// <c>scripts/exercise-figures.py</c>), read once at start-up and served at <c>/exercises/{id}.svg</c>. The words
/// for them (alt text) are the exercise's <c>illustration</c>, so a screen reader hears the same positions.
/// </summary>
public sealed class ExerciseFigures
{
    private readonly FrozenDictionary<string, (byte[] Svg, EntityTagHeaderValue Tag)> figures;

    public ExerciseFigures(KnowledgeBase knowledge, IOptions<KnowledgeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.Combine(KnowledgeLoader.Locate(options.Value.Path), "exercises");
        figures = knowledge.Care.Exercises
            .Select(e => (e.Id, File: Path.Combine(folder, e.Id + ".svg")))
            .Where(p => File.Exists(p.File))
            .ToFrozenDictionary(p => p.Id, p => WithTag(File.ReadAllBytes(p.File)), StringComparer.Ordinal);
    }

    public bool Has(string exerciseId) => figures.ContainsKey(exerciseId);

    /// <summary>"Start and end position. START: ... END: ..." from the exercise's own description.</summary>
    public static string AltText(ExerciseKnowledge exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return "Drawing of the start and end position. " + exercise.Illustration;
    }

    /// <summary>The drawing, with an ETag of its content: a browser that has it hears 304 instead of loading it again.</summary>
    internal IResult Serve(string exercise) =>
        figures.TryGetValue(exercise, out var figure)
            ? TypedResults.Bytes(figure.Svg, "image/svg+xml", entityTag: figure.Tag)
            : TypedResults.NotFound();

    /// <summary>The drawings never change while the app runs, so each one's tag is hashed once, at start-up.</summary>
    private static (byte[] Svg, EntityTagHeaderValue Tag) WithTag(byte[] svg) =>
        (svg, new EntityTagHeaderValue("\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(svg), 0, 8) + "\""));

    internal static IEndpointRouteBuilder MapExerciseFigures(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/exercises/{exercise}.svg", (string exercise, ExerciseFigures figures) => figures.Serve(exercise))
            .WithName("ExerciseFigure").RequireAuthorization(Policies.Public).ExcludeFromDescription();
        return routes;
    }
}
