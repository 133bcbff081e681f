using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Whether a triage rule fires for a case. A rule fires when its condition is true; and two unanswered questions
/// are completed so that an unknown answer is never reassurance (contract 1.1):
/// <list type="bullet">
/// <item>the pain site: when the person has not said where the pain is (no <c>where.*</c> finding answered yes),
/// a rule whose only unknown part is the site also fires if it would fire for every site the manifest lists in
/// <c>painSiteCompletions</c> (the back and the hip, the regions HipSpine is for); a rule about one region alone
/// (a hip-only rule) still waits for the site to be given;</item>
/// <item>the duration: when <c>episode.duration_days</c> is unanswered, a rule of an urgency the manifest's
/// <c>durationCompletion</c> lists (emergency) also fires if it would fire with the duration read as its days
/// (the pain may be new), with or without the site completed, and, with <c>patientAnswersOnly</c>, on the
/// person's own answers alone (a finding a clinician records is read as unknown for it). A rule about
/// long-standing pain (a minimum duration) is not fired by it.</item>
/// </list>
/// </summary>
internal sealed class RuleFiring
{
    /// <summary>The finding the duration completion fills in.</summary>
    internal const string DurationFinding = "episode.duration_days";

    private readonly int[] siteFindings;
    private readonly int[] completions;
    private readonly int durationIndex = -1;
    private readonly FindingValue durationCompletion;

    // Rules the completion applies to: they read the duration and have an urgency the manifest lists (only they
    // can change when it is completed, so the others are not re-evaluated).
    private readonly HashSet<TriageRule> readsDuration = new(ReferenceEqualityComparer.Instance);

    // Findings read as unknown when a rule is completed with the duration (the clinician's, with patientAnswersOnly).
    private readonly int[] notThePersonsAnswers = [];

    // Findings that, answered yes, say the pain is not new: the duration is then not completed.
    private readonly int[] notNew = [];

    public RuleFiring(KnowledgeBase knowledge)
    {
        var findings = knowledge.Vocabulary.Findings;
        siteFindings = findings.Where(f => f.Code.StartsWith("where.", StringComparison.Ordinal) && f.Type == FindingType.Bool)
            .Select(f => f.Index).ToArray();
        completions = knowledge.Manifest.PainSiteCompletions
            .Select(code => knowledge.Vocabulary.FindFinding(code)!.Index).ToArray();
        if (knowledge.Manifest.DurationCompletion is { } days && knowledge.Vocabulary.FindFinding(DurationFinding) is { } duration)
        {
            durationIndex = duration.Index;
            durationCompletion = FindingValue.Of(days);
            var urgencies = knowledge.Manifest.DurationCompletionUrgencies;
            notNew = knowledge.Manifest.DurationCompletionNotWhen.Select(code => knowledge.Vocabulary.FindFinding(code)!.Index).ToArray();
            if (knowledge.Manifest.DurationCompletionPatientAnswersOnly)
            {
                notThePersonsAnswers = findings.Where(f => f.IsClinicianOnly).Select(f => f.Index).ToArray();
            }

            foreach (var rule in knowledge.Rules.Where(r => urgencies.Count == 0 || urgencies.Contains(r.Urgency, StringComparer.Ordinal)))
            {
                var read = new HashSet<int>();
                rule.When.CollectFindingIndexes(read);
                if (read.Contains(durationIndex))
                {
                    readsDuration.Add(rule);
                }
            }
        }
    }

    /// <summary>Whether the rule fires, with both completions.</summary>
    public bool Fires(TriageRule rule, AssessmentCase subject) => Fires(rule, subject, completeDuration: true);

    /// <summary>
    /// Whether the rule fires; without <paramref name="completeDuration"/> an unanswered duration stays unknown
    /// (the interview uses this to ask the duration before stopping on an emergency that only the completion makes).
    /// </summary>
    public bool Fires(TriageRule rule, AssessmentCase subject, bool completeDuration)
    {
        AssessmentCase? completed = null;
        return Fires(rule, subject, completeDuration, ref completed);
    }

    /// <summary>
    /// Whether the rule fires; <paramref name="completed"/> holds the case completed with the duration, made on
    /// first need, so a caller trying every rule on one case copies it at most once.
    /// </summary>
    public bool Fires(TriageRule rule, AssessmentCase subject, bool completeDuration, ref AssessmentCase? completed)
    {
        if (FiresForSite(rule, subject))
        {
            return true;
        }

        if (!completeDuration || !Completes(subject) || !readsDuration.Contains(rule))
        {
            return false;
        }

        completed ??= Completed(subject);
        return FiresForSite(rule, completed);
    }

    /// <summary>The case with the duration read as new and, if asked, only the person's own answers kept (one copy).</summary>
    private AssessmentCase Completed(AssessmentCase subject)
    {
        var values = new FindingValue[subject.Vocabulary.Findings.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = subject[i];
        }

        values[durationIndex] = durationCompletion;
        foreach (var index in notThePersonsAnswers)
        {
            values[index] = FindingValue.Unknown;
        }

        return new AssessmentCase(subject.Vocabulary, subject.Id, subject.Age, subject.Sex, values) { Setting = subject.Setting };
    }

    /// <summary>
    /// The case on which the rule's condition is definitely true (the case itself, or with a completion site read
    /// as yes and/or the duration completed), so a reason can name the answers that made it fire; null when the
    /// rule does not fire.
    /// </summary>
    public AssessmentCase? FiredOn(TriageRule rule, AssessmentCase subject)
    {
        if (WitnessForSite(rule, subject) is { } witness)
        {
            return witness;
        }

        return Completes(subject) && readsDuration.Contains(rule) ? WitnessForSite(rule, Completed(subject)) : null;
    }

    private AssessmentCase? WitnessForSite(TriageRule rule, AssessmentCase subject)
    {
        if (rule.When.IsTrue(subject))
        {
            return subject;
        }

        if (!FiresForSite(rule, subject))
        {
            return null;
        }

        // It fires for every unanswered completion site: any one of them shows which answers it rests on.
        var site = completions.First(i => !subject[i].IsKnown);
        return subject.With(site, FindingValue.Of(true));
    }

    /// <summary>Whether the duration is completed for this case (it is unanswered and the manifest completes it).</summary>
    public bool DurationUnknown(AssessmentCase subject) => durationIndex >= 0 && !subject[durationIndex].IsKnown;

    /// <summary>Whether the duration is completed: it is unanswered and no answer says the pain is not new.</summary>
    private bool Completes(AssessmentCase subject)
    {
        if (!DurationUnknown(subject))
        {
            return false;
        }

        // A plain loop: triage allocates nothing when the duration is answered (no closure over the case).
        foreach (var index in notNew)
        {
            if (subject[index] is { IsKnown: true, AsBool: true })
            {
                return false;
            }
        }

        return true;
    }

    private bool FiresForSite(TriageRule rule, AssessmentCase subject)
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
