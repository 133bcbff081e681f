namespace HipSpine.Engine.Vocabulary;

/// <summary>One finding code of the contract vocabulary.</summary>
public sealed record FindingDefinition(
    int Index,
    string Code,
    FindingType Type,
    int Min,
    int Max,
    IReadOnlyList<string> Values,
    string Who,
    string Meaning)
{
    /// <summary>True for findings only a clinician can provide (examination, tests).</summary>
    public bool IsClinicianOnly => Who == "clinician";
}

/// <summary>One source (likely cause) id with its group.</summary>
public sealed record SourceDefinition(int Index, string Id, string Group, string Name);

/// <summary>One of the seven hip-to-back mechanisms.</summary>
public sealed record MechanismDefinition(string Id, string Meaning);

/// <summary>One urgency level; <see cref="Rank"/> 0 is the most urgent.</summary>
public sealed record UrgencyDefinition(string Id, int Rank, string Meaning);
