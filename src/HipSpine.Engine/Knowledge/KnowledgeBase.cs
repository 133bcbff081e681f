using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>
/// The validated, compiled knowledge base: immutable and thread-safe, built once and shared by every
/// assessment (register it as a singleton).
/// </summary>
public sealed class KnowledgeBase
{
    internal KnowledgeBase(
        ContractVocabulary vocabulary,
        KnowledgeManifest manifest,
        string contentHash,
        string directory,
        IReadOnlyList<FindingQuestion> questions,
        IReadOnlyList<TriageRule> rules,
        IReadOnlyList<SourceKnowledge> sources,
        IReadOnlyList<MechanismKnowledge> mechanisms,
        CareKnowledge care)
    {
        Care = care;
        Vocabulary = vocabulary;
        Manifest = manifest;
        ContentHash = contentHash;
        Directory = directory;
        Questions = questions;
        Rules = rules;
        Sources = sources;
        Mechanisms = mechanisms;
        questionsByCode = questions.ToDictionary(q => q.Code, StringComparer.Ordinal);
        RedFlagFindings = questions.Where(q => q.RedFlag).Select(q => q.Definition).ToArray();
        Version = $"{manifest.Version}+{contentHash}"; // once: every result carries it
    }

    private readonly Dictionary<string, FindingQuestion> questionsByCode;

    public ContractVocabulary Vocabulary { get; }
    public KnowledgeManifest Manifest { get; }
    public string ContentHash { get; }

    /// <summary>The folder the knowledge was loaded from (other loaders, e.g. treatments, read beside it).</summary>
    public string Directory { get; }

    public IReadOnlyList<FindingQuestion> Questions { get; }

    /// <summary>Most urgent first.</summary>
    public IReadOnlyList<TriageRule> Rules { get; }

    /// <summary>In vocabulary order.</summary>
    public IReadOnlyList<SourceKnowledge> Sources { get; }

    public IReadOnlyList<MechanismKnowledge> Mechanisms { get; }

    /// <summary>The emergency warning signs for the start page; together they cover every emergency rule.</summary>
    public IReadOnlyList<WarningSign> WarningSigns { get; init; } = [];

    /// <summary>How each source is named when it must be ruled out, by source id.</summary>
    public IReadOnlyDictionary<string, RuleOutWording> RuleOutWordings { get; init; } = new Dictionary<string, RuleOutWording>();

    /// <summary>Treatment options, exercises and the recovery-plan frame.</summary>
    public CareKnowledge Care { get; }

    /// <summary>The red-flag screening findings, in vocabulary order.</summary>
    public IReadOnlyList<FindingDefinition> RedFlagFindings { get; }

    /// <summary><c>1.0.0+&lt;content hash&gt;</c>: identifies the exact knowledge used for a result.</summary>
    public string Version { get; }

    public FindingQuestion Question(string code) => questionsByCode[code];

    public FindingQuestion? FindQuestion(string code) => questionsByCode.GetValueOrDefault(code);
}
