namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>One rule as translated for RulesEngine, with what the comparison needs to rank it.</summary>
/// <param name="Id">The rule id (RulesEngine's rule name).</param>
/// <param name="Urgency">The rule's urgency id (its success event).</param>
/// <param name="UrgencyRank">0 = emergency ... 3 = self care.</param>
/// <param name="Condition">T(when): the rule's condition is definitely true.</param>
/// <param name="SiteCompletion">
/// For a rule that reads a site of the manifest's <c>painSiteCompletions</c>: the rule fires with no pain site
/// given because it would fire with each unknown completion site set to yes (null for the other rules, where
/// setting such a site changes nothing).
/// </param>
/// <param name="DurationCompletion">
/// For a rule that reads the duration: the rule fires with no duration given because it would fire (plainly or
/// with the site completed) with the duration read as the manifest's <c>durationCompletion</c> (null otherwise).
/// </param>
public sealed record TranslatedRule(string Id, string Urgency, int UrgencyRank, string Condition, string? SiteCompletion = null, string? DurationCompletion = null)
{
    /// <summary>The RulesEngine expression: the condition, or the pain site and/or the duration completed.</summary>
    public string Expression => string.Join(" || ", new[] { Condition, SiteCompletion, DurationCompletion }.OfType<string>());
}

/// <summary>
/// Answers read as given while translating: a completion pain site read as yes, a completion duration, and whether
/// the clinician's findings are read as unknown (the duration completion on the person's own answers).
/// </summary>
internal readonly record struct Assumed(string? Site, int? Days, bool PatientAnswersOnly = false);
