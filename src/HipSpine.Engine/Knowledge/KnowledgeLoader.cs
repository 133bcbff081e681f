using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>The outcome of loading <c>knowledge/</c>: the compiled base (null on any error) and every diagnostic.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? Knowledge, IReadOnlyList<KnowledgeDiagnostic> Diagnostics)
{
    public bool Succeeded => Knowledge is not null;

    public IEnumerable<KnowledgeDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>Loads, validates and compiles the knowledge base: load, then validate, then compile once.</summary>
public static class KnowledgeLoader
{
    /// <summary>Loads from a folder; collects all problems instead of stopping at the first.</summary>
    public static KnowledgeLoadResult Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var bag = new DiagnosticBag();
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            bag.Error(DiagnosticCodes.Unreadable, directory, 0, "", "the knowledge folder does not exist");
            return new KnowledgeLoadResult(null, bag.Items);
        }

        ContractVocabulary vocabulary;
        try
        {
            vocabulary = ContractVocabulary.Parse(File.ReadAllText(Path.Combine(root, "vocabulary.json")));
        }
        catch (Exception ex) when (ex is IOException or FormatException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.Vocabulary, "knowledge/vocabulary.json", 0, "", ex.Message);
            return new KnowledgeLoadResult(null, bag.Items);
        }

        var manifest = MechanismsAndManifestLoader.LoadManifest(root, vocabulary, bag);
        var questions = FindingQuestionsLoader.Load(root, vocabulary, bag);
        var rules = TriageRulesLoader.Load(root, vocabulary, bag);
        var sources = SourcesLoader.Load(root, vocabulary, bag);
        var mechanisms = MechanismsAndManifestLoader.LoadMechanisms(root, vocabulary, bag);
        var warningSigns = WarningSignsLoader.Load(root, rules, bag);
        var ruleOut = RuleOutLoader.Load(root, vocabulary, rules, bag);
        var care = new CareKnowledge(
            TreatmentsLoader.Load(root, vocabulary, bag),
            ExercisesLoader.Load(root, vocabulary, bag),
            PlanFrameLoader.Load(root, bag)!);
        KnowledgeChecks.Run(vocabulary, questions, rules, sources, bag);
        if (bag.HasErrors || manifest is null || care.Plan is null)
        {
            return new KnowledgeLoadResult(null, bag.Items);
        }

        var knowledge = new KnowledgeBase(vocabulary, manifest, ContentHash.Compute(root), root, questions, rules, sources, mechanisms, care)
        {
            WarningSigns = warningSigns,
            RuleOutWordings = ruleOut,
        };
        return new KnowledgeLoadResult(knowledge, bag.Items);
    }

    /// <summary>Loads or throws with every error listed: for hosts that must not start on bad knowledge.</summary>
    public static KnowledgeBase LoadOrThrow(string directory)
    {
        var result = Load(directory);
        return result.Knowledge ?? throw new InvalidOperationException(
            "The knowledge base has errors:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors));
    }

    /// <summary>
    /// Finds the knowledge folder: an explicit path, else <c>HIPSPINE_KNOWLEDGE</c>, else <c>knowledge/</c>
    /// beside the program (the build copies it there), else the nearest <c>knowledge/</c> above the current folder.
    /// </summary>
    public static string Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return explicitPath;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("HIPSPINE_KNOWLEDGE");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var besideProgram = Path.Combine(AppContext.BaseDirectory, "knowledge");
        if (File.Exists(Path.Combine(besideProgram, "manifest.yaml")))
        {
            return besideProgram;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "knowledge");
            if (File.Exists(Path.Combine(candidate, "manifest.yaml")))
            {
                return candidate;
            }
        }

        return besideProgram;
    }
}
