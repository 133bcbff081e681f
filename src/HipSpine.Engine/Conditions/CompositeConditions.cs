using HipSpine.Engine.Cases;

namespace HipSpine.Engine.Conditions;

/// <summary>Base for conditions over several parts.</summary>
internal abstract class CompositeCondition(Condition[] parts) : Condition
{
    protected Condition[] Parts { get; } = parts;

    /// <summary>The parts, for tools that walk the condition (firing branches).</summary>
    internal Condition[] Children => Parts;

    public override void CollectFindingIndexes(ISet<int> into)
    {
        foreach (var part in Parts)
        {
            part.CollectFindingIndexes(into);
        }
    }

    /// <summary>Every part a single bool finding (used for FHIR enableWhen).</summary>
    protected bool TryGetPartsAsBoolFindings(out IReadOnlyList<(string Code, bool Answer)> findings)
    {
        var list = new List<(string, bool)>();
        foreach (var part in Parts)
        {
            if (!part.TryGetSingleBoolFinding(out var code, out var answer))
            {
                findings = [];
                return false;
            }

            list.Add((code, answer));
        }

        findings = list;
        return true;
    }

    public override void CollectIntBounds(int findingIndex, ISet<int> into)
    {
        foreach (var part in Parts)
        {
            part.CollectIntBounds(findingIndex, into);
        }
    }

    public override void CollectSupportingFindings(AssessmentCase subject, ICollection<string> into)
    {
        if (Evaluate(subject) != Tri.True)
        {
            return;
        }

        foreach (var part in Parts)
        {
            part.CollectSupportingFindings(subject, into);
        }
    }
}

/// <summary>True when every part is true; false as soon as one is false.</summary>
internal sealed class AllCondition(Condition[] parts) : CompositeCondition(parts)
{
    public override bool TryGetBoolFindingList(out IReadOnlyList<(string Code, bool Answer)> findings, out bool requireAll)
    {
        requireAll = true;
        return TryGetPartsAsBoolFindings(out findings);
    }

    public override Tri Evaluate(AssessmentCase subject)
    {
        var result = Tri.True;
        foreach (var part in Parts)
        {
            var t = part.Evaluate(subject);
            if (t == Tri.False)
            {
                return Tri.False;
            }

            if (t == Tri.Unknown)
            {
                result = Tri.Unknown;
            }
        }

        return result;
    }

    public override bool IsTrue(AssessmentCase subject)
    {
        foreach (var part in Parts)
        {
            if (!part.IsTrue(subject))
            {
                return false;
            }
        }

        return true;
    }

    public override bool IsFalse(AssessmentCase subject)
    {
        foreach (var part in Parts)
        {
            if (part.IsFalse(subject))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>True when at least <c>k</c> parts are true; false when too few could still be.</summary>
internal sealed class AtLeastCondition(int k, Condition[] parts) : CompositeCondition(parts)
{
    internal int K => k;

    public override bool TryGetBoolFindingList(out IReadOnlyList<(string Code, bool Answer)> findings, out bool requireAll)
    {
        requireAll = k == Parts.Length;
        findings = [];
        return (k == 1 || k == Parts.Length) && TryGetPartsAsBoolFindings(out findings);
    }

    public override Tri Evaluate(AssessmentCase subject)
    {
        // Stops as soon as the answer is settled: k parts true, or too few parts left to reach k.
        int trues = 0, possible = Parts.Length;
        if (k <= 0)
        {
            return Tri.True;
        }

        if (possible < k)
        {
            return Tri.False;
        }

        foreach (var part in Parts)
        {
            switch (part.Evaluate(subject))
            {
                case Tri.True:
                    if (++trues >= k)
                    {
                        return Tri.True;
                    }

                    break;
                case Tri.False:
                    if (--possible < k)
                    {
                        return Tri.False;
                    }

                    break;
            }
        }

        return Tri.Unknown;
    }

    public override bool IsTrue(AssessmentCase subject)
    {
        // True once k parts are true; false once the parts left cannot make up the difference.
        var trues = 0;
        for (var i = 0; i < Parts.Length; i++)
        {
            if (trues >= k)
            {
                return true;
            }

            if (trues + (Parts.Length - i) < k)
            {
                return false;
            }

            if (Parts[i].IsTrue(subject))
            {
                trues++;
            }
        }

        return trues >= k;
    }

    public override bool IsFalse(AssessmentCase subject)
    {
        // False means fewer than k parts can still be true: more than n - k parts are false.
        var allowedFalse = Parts.Length - k;
        var falses = 0;
        for (var i = 0; i < Parts.Length; i++)
        {
            if (falses > allowedFalse)
            {
                return true;
            }

            if (falses + (Parts.Length - i) <= allowedFalse)
            {
                return false;
            }

            if (Parts[i].IsFalse(subject))
            {
                falses++;
            }
        }

        return falses > allowedFalse;
    }
}

/// <summary><c>any</c> is "at least one of".</summary>
internal static class AnyCondition
{
    public static Condition Create(Condition[] parts) => new AtLeastCondition(1, parts);
}

/// <summary>True when the inner condition is definitely false.</summary>
internal sealed class NotCondition(Condition inner) : Condition
{
    public override Tri Evaluate(AssessmentCase subject) => inner.Evaluate(subject) switch
    {
        Tri.True => Tri.False,
        Tri.False => Tri.True,
        _ => Tri.Unknown,
    };

    public override bool IsTrue(AssessmentCase subject) => inner.IsFalse(subject);

    public override bool IsFalse(AssessmentCase subject) => inner.IsTrue(subject);

    public override void CollectFindingIndexes(ISet<int> into) => inner.CollectFindingIndexes(into);

    public override void CollectIntBounds(int findingIndex, ISet<int> into) => inner.CollectIntBounds(findingIndex, into);

    public override void CollectSupportingFindings(AssessmentCase subject, ICollection<string> into)
    {
        // A negated condition supports a rule by an absence; absences are not listed as triggers.
    }
}
