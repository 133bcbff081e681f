using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>Every triage rule's id, for theories that check each rule on its own.</summary>
internal static class RuleTheoryData
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Kb.Knowledge.Rules)
        {
            data.Add(rule.Id);
        }

        return data;
    }
}
