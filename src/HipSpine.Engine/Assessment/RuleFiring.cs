using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Whether a triage rule fires for a case. A rule fires when its condition is true; and when the person has not
/// said where the pain is (no <c>where.*</c> finding answered yes), a rule whose only unknown part is the site
/// also fires if it would fire for every site the manifest lists in <c>painSiteCompletions</c> (the back and the
/// hip, the regions HipSpine is for): an unknown site is never reassurance, but a rule about one region alone
/// (a hip-only rule) still waits for the site to be given.
/// </summary>
internal sealed class RuleFiring
{
    private readonly int[] siteFindings;
    private readonly int[] completions;

    public RuleFiring(KnowledgeBase knowledge)
    {
        var findings = knowledge.Vocabulary.Findings;
        siteFindings = findings.Where(f => f.Code.StartsWith("where.", StringComparison.Ordinal) && f.Type == FindingType.Bool)
            .Select(f => f.Index).ToArray();
        completions = knowledge.Manifest.PainSiteCompletions
            .Select(code => knowledge.Vocabulary.FindFinding(code)!.Index).ToArray();
    }

    public bool Fires(TriageRule rule, AssessmentCase subject)
    {
        if (rule.When.IsTrue(subject))
        {
            return true;
        }

        if (completions.Length == 0 || !SiteUnknown(subject))
        {
            return false;
        }

        var tried = 0;
        foreach (var site in completions)
        {
            if (subject[site].IsKnown)
            {
                continue;
            }

            tried++;
            if (!rule.When.IsTrue(subject.With(site, FindingValue.Of(true))))
            {
                return false;
            }
        }

        return tried > 0;
    }

    /// <summary>No pain site answered yes (a site answered no still leaves the others possible).</summary>
    private bool SiteUnknown(AssessmentCase subject)
    {
        foreach (var index in siteFindings)
        {
            var value = subject[index];
            if (value.IsKnown && value.AsBool)
            {
                return false;
            }
        }

        return true;
    }
}
