using HipSpine.Engine.Cases;

namespace HipSpine.Engine.Conditions;

/// <summary>
/// A compiled condition over a case. Immutable and allocation-free to evaluate, so one compiled
/// knowledge base serves every request on every thread.
/// </summary>
public abstract class Condition
{
    public abstract Tri Evaluate(AssessmentCase subject);

    /// <summary>
    /// Exactly <c>Evaluate(subject) == Tri.True</c>. Composite conditions override it to stop at the first part
    /// that settles the answer: triage only asks "does this rule fire?", and an <c>all</c> whose first part is
    /// unanswered cannot be true, whereas <see cref="Evaluate"/> must read on to tell false from unknown.
    /// </summary>
    public virtual bool IsTrue(AssessmentCase subject) => Evaluate(subject) == Tri.True;

    /// <summary>Exactly <c>Evaluate(subject) == Tri.False</c> (what <c>not</c> needs to be true).</summary>
    public virtual bool IsFalse(AssessmentCase subject) => Evaluate(subject) == Tri.False;

    /// <summary>Every finding index the condition reads (for the interview and validation).</summary>
    public abstract void CollectFindingIndexes(ISet<int> into);

    /// <summary>The finding codes whose answers make this condition true (the "why" of a fired rule).</summary>
    public abstract void CollectSupportingFindings(AssessmentCase subject, ICollection<string> into);

    /// <summary>What a case must hold for this leaf condition to be true (null for composites and <c>not</c>).</summary>
    internal virtual FiringRequirement? Requirement() => null;

    /// <summary>The bounds this condition uses for one int finding (to try representative answers).</summary>
    public virtual void CollectIntBounds(int findingIndex, ISet<int> into)
    {
    }

    /// <summary>
    /// True when the condition is exactly one bool finding answered with one value (<c>{finding: X}</c> or
    /// <c>{finding: X, is: false}</c>), so other formats (e.g. a FHIR <c>enableWhen</c>) can express it.
    /// </summary>
    public virtual bool TryGetSingleBoolFinding(out string findingCode, out bool answer)
    {
        findingCode = "";
        answer = false;
        return false;
    }

    /// <summary>
    /// True when the condition is one bool finding, or an <c>any</c> / <c>all</c> of bool findings only, so a
    /// FHIR <c>enableWhen</c> list with <c>enableBehavior</c> any or all can express it exactly.
    /// </summary>
    public virtual bool TryGetBoolFindingList(out IReadOnlyList<(string Code, bool Answer)> findings, out bool requireAll)
    {
        requireAll = true;
        if (TryGetSingleBoolFinding(out var code, out var answer))
        {
            findings = [(code, answer)];
            return true;
        }

        findings = [];
        return false;
    }
}

/// <summary>
/// A bool finding answered with the expected value. With <paramref name="orUnanswered"/> (YAML
/// <c>orUnanswered: true</c>) it is also true when the question is unanswered, and false only when it is answered the
/// other way: a yes/no line that only narrows a rule ("unless the testicle pain is denied") then leaves the rule firing
/// for someone who was not asked or did not say (an unknown answer is never reassurance).
/// </summary>
internal sealed class BoolFindingCondition(int index, string code, bool expected, bool orUnanswered = false) : Condition
{
    internal override FiringRequirement? Requirement() => new() { Findings = { [index] = FindingValue.Of(expected) } };

    public override bool TryGetSingleBoolFinding(out string findingCode, out bool answer)
    {
        // "Yes or unanswered" is not one answer, so other formats must not read it as one.
        findingCode = code;
        answer = expected;
        return !orUnanswered;
    }

    public override Tri Evaluate(AssessmentCase subject)
    {
        var v = subject[index];
        return !v.IsKnown ? (orUnanswered ? Tri.True : Tri.Unknown) : v.AsBool == expected ? Tri.True : Tri.False;
    }

    public override bool IsTrue(AssessmentCase subject)
    {
        var v = subject[index];
        return v.IsKnown ? v.AsBool == expected : orUnanswered;
    }

    public override bool IsFalse(AssessmentCase subject)
    {
        var v = subject[index];
        return v.IsKnown && v.AsBool != expected;
    }

    public override void CollectFindingIndexes(ISet<int> into) => into.Add(index);

    public override void CollectSupportingFindings(AssessmentCase subject, ICollection<string> into)
    {
        // An unanswered question that is true only through orUnanswered is not an answer the rule rests on.
        if (subject[index].IsKnown && Evaluate(subject) == Tri.True && !into.Contains(code))
        {
            into.Add(code);
        }
    }
}

/// <summary>
/// An int finding answered inside inclusive bounds. With <paramref name="orUnanswered"/> (YAML
/// <c>orUnanswered: true</c>) it is also true when the finding is unanswered: a bound that only narrows a rule
/// (a length line that keeps long-standing pictures out) then leaves the rule as it was when the question is
/// unanswered, instead of making the whole rule unknown (an unknown answer is never reassurance).
/// </summary>
internal sealed class IntFindingCondition(int index, string code, int min, int max, bool orUnanswered = false) : Condition
{
    internal override FiringRequirement? Requirement() => new() { Findings = { [index] = FindingValue.Of(min) } };

    public override void CollectIntBounds(int findingIndex, ISet<int> into)
    {
        if (findingIndex == index)
        {
            into.Add(min);
            into.Add(max);
            into.Add(min - 1);
            into.Add(max + 1);
        }
    }

    public override Tri Evaluate(AssessmentCase subject)
    {
        var v = subject[index];
        return !v.IsKnown ? (orUnanswered ? Tri.True : Tri.Unknown) : v.Number >= min && v.Number <= max ? Tri.True : Tri.False;
    }

    public override void CollectFindingIndexes(ISet<int> into) => into.Add(index);

    public override void CollectSupportingFindings(AssessmentCase subject, ICollection<string> into)
    {
        // An unanswered finding that is true only through orUnanswered is not an answer the rule rests on.
        if (subject[index].IsKnown && Evaluate(subject) == Tri.True && !into.Contains(code))
        {
            into.Add(code);
        }
    }
}

/// <summary>
/// A choice finding answered with one of the allowed values (as vocabulary indexes); with
/// <paramref name="orUnanswered"/> also true when unanswered (false only when answered with another value).
/// </summary>
internal sealed class ChoiceFindingCondition(int index, string code, int[] allowed, bool orUnanswered = false) : Condition
{
    internal override FiringRequirement? Requirement() => new() { Findings = { [index] = FindingValue.Of(allowed[0]) } };

    public override Tri Evaluate(AssessmentCase subject)
    {
        var v = subject[index];
        return !v.IsKnown ? (orUnanswered ? Tri.True : Tri.Unknown) : Array.IndexOf(allowed, v.Number) >= 0 ? Tri.True : Tri.False;
    }

    public override void CollectFindingIndexes(ISet<int> into) => into.Add(index);

    public override void CollectSupportingFindings(AssessmentCase subject, ICollection<string> into)
    {
        if (subject[index].IsKnown && Evaluate(subject) == Tri.True && !into.Contains(code))
        {
            into.Add(code);
        }
    }
}

/// <summary>The person's age inside inclusive bounds (age is always known).</summary>
internal sealed class AgeCondition(int min, int max) : Condition
{
    internal override FiringRequirement? Requirement() => new() { MinAge = min, MaxAge = max };

    public override Tri Evaluate(AssessmentCase subject) =>
        subject.Age >= min && subject.Age <= max ? Tri.True : Tri.False;

    public override void CollectFindingIndexes(ISet<int> into)
    {
    }

    public override void CollectSupportingFindings(AssessmentCase subject, ICollection<string> into)
    {
    }
}

/// <summary>The person's sex (unknown when not given, or true with <paramref name="orUnanswered"/>).</summary>
internal sealed class SexCondition(string sex, bool orUnanswered = false) : Condition
{
    internal override FiringRequirement? Requirement() => new() { Sex = sex };

    // orUnanswered: a sex line that only narrows a rule ("boys keep 16") must not silence it for someone who did not say.
    public override Tri Evaluate(AssessmentCase subject) =>
        subject.Sex is null ? (orUnanswered ? Tri.True : Tri.Unknown) : string.Equals(subject.Sex, sex, StringComparison.Ordinal) ? Tri.True : Tri.False;

    public override void CollectFindingIndexes(ISet<int> into)
    {
    }

    public override void CollectSupportingFindings(AssessmentCase subject, ICollection<string> into)
    {
    }
}
