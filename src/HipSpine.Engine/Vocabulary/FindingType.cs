namespace HipSpine.Engine.Vocabulary;

/// <summary>The value type of a finding, as declared in <c>vocabulary.json</c>.</summary>
public enum FindingType
{
    Bool,
    Int,
    Choice,
}
