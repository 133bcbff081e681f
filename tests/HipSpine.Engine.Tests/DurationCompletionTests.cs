using System.Text.Json.Nodes;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.10.0: an unanswered duration never hides a same-day emergency. An emergency rule fires without a
/// duration if it would fire on the person's own answers with the pain read as new (manifest
/// <c>durationCompletion</c>), with or without the pain site completed; an urgent or soon rule, a rule about
/// long-standing pain and a deficit found only on examination wait for the duration.
/// </summary>
public class DurationCompletionTests
{
    private const string Duration = "episode.duration_days";

    [Fact]
    public void The_manifest_reads_an_unanswered_duration_as_one_day_for_emergency_rules_on_the_persons_answers()
    {
        Assert.Equal(1, Kb.Knowledge.Manifest.DurationCompletion);
        Assert.Equal(Urgency.Emergency, Assert.Single(Kb.Knowledge.Manifest.DurationCompletionUrgencies));
        Assert.True(Kb.Knowledge.Manifest.DurationCompletionPatientAnswersOnly);
    }

    /// <summary>Every labelled case, its duration removed: every emergency rule that new pain fires still fires.</summary>
    public static TheoryData<string> CaseFiles => [.. Directory.GetFiles(RepoPaths.DevCases, "*.json").Concat(Directory.GetFiles(RepoPaths.OwnCases, "*.json")).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void A_removed_duration_fires_every_emergency_rule_that_new_pain_fires(string file)
    {
        var folder = File.Exists(Path.Combine(RepoPaths.DevCases, file)) ? RepoPaths.DevCases : RepoPaths.OwnCases;
        // The patient's answers only (the labels and the clinician's exam are not part of a case to assess).
        var labelled = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)))!.AsObject();
        labelled.Remove("expected");
        labelled.Remove("provenance");
        labelled.Remove("examFindings");
        var subject = Kb.Case(labelled.ToJsonString());
        if (SaysThePainIsNotNew(subject))
        {
            return;
        }

        var duration = Kb.Knowledge.Vocabulary.FindFinding(Duration)!.Index;
        var sites = Kb.Knowledge.Vocabulary.Findings.Where(f => f.Code.StartsWith("where.", StringComparison.Ordinal)).Select(f => f.Index).ToArray();
        var noSite = sites.Aggregate(subject, (c, i) => c.With(i, FindingValue.Unknown));

        foreach (var withSites in new[] { subject, noSite })
        {
            var unknown = withSites.With(duration, FindingValue.Unknown);
            var isNew = withSites.With(duration, FindingValue.Of(1));
            var firedUnknown = Kb.Engine.Assess(unknown).UrgencyReasons.Select(r => r.Rule).ToHashSet(StringComparer.Ordinal);
            foreach (var rule in Kb.Engine.Assess(isNew).UrgencyReasons.Where(r => r.Urgency == Urgency.Emergency).Select(r => r.Rule))
            {
                Assert.Contains(rule, firedUnknown);
            }

            if (Kb.Engine.TriageRank(isNew) == Urgency.Rank(Urgency.Emergency))
            {
                Assert.True(Kb.Engine.TriageRank(unknown) == Urgency.Rank(Urgency.Emergency), $"{file}: an unknown duration hides an emergency of new pain");
            }
        }
    }

    [Fact]
    public void Care_that_has_not_helped_says_the_pain_is_not_new_so_its_unanswered_length_is_not_read_as_today()
    {
        Assert.Equal("episode.not_improving_with_care", Assert.Single(Kb.Knowledge.Manifest.DurationCompletionNotWhen));

        // At 65 or over on a blood thinner, back pain of unanswered length is read as pain that began today (a bleed):
        // not when the person says weeks of care have not helped it.
        (string, object)[] picture = [("hx.anticoagulants", true), ("where.low_back", true)];
        Assert.True(Kb.Fires("anticoagulant_sudden_pain", 76, "male", picture));
        Assert.False(Kb.Fires("anticoagulant_sudden_pain", 76, "male", [.. picture, ("episode.not_improving_with_care", true)]));
        Assert.True(Kb.Fires("anticoagulant_sudden_pain", 76, "male", [.. picture, ("episode.not_improving_with_care", false)]));
        // An answered length is read as given either way.
        Assert.True(Kb.Fires("anticoagulant_sudden_pain", 76, "male", [.. picture, ("episode.not_improving_with_care", true), (Duration, 1)]));
    }

    [Fact]
    public void New_weakness_in_both_legs_with_no_duration_given_is_an_emergency_and_long_standing_weakness_is_not()
    {
        (string, object)[] picture = [("where.low_back", true), ("where.both_legs", true), ("neuro.leg_weakness", true)];
        var unknown = Kb.Engine.Assess(Kb.Case(35, "male", picture));
        Assert.Equal(Urgency.Emergency, unknown.Urgency);
        // The reason names the answers it rests on, not the duration that was never given.
        var reason = Assert.Single(unknown.UrgencyReasons, r => r.Rule == "bilateral_leg_weakness");
        Assert.Contains("neuro.leg_weakness", reason.Findings);
        Assert.Contains("where.both_legs", reason.Findings);
        Assert.DoesNotContain(Duration, reason.Findings);

        var old = Kb.Engine.Assess(Kb.Case(35, "male", [.. picture, (Duration, 60), ("neuro.weakness_worsening", false)]));
        Assert.DoesNotContain(old.UrgencyReasons, r => r.Rule == "bilateral_leg_weakness");
    }

    [Fact]
    public void A_rule_about_long_standing_pain_does_not_fire_on_a_duration_never_given()
    {
        var unknown = Kb.Engine.Assess(Kb.Case(40, "female", ("where.low_back", true)));
        Assert.DoesNotContain(unknown.UrgencyReasons, r => r.Rule is "persistent_pain" or "inflammatory_back_pain" or "axspa_referral");
    }

    [Fact]
    public void With_neither_site_nor_duration_given_a_rule_fires_when_it_fires_for_new_pain_at_every_site()
    {
        // Weakness in both legs is about the back: with no site it stays waiting (a hip site would not fire it),
        // so the duration completion never bypasses the site completion.
        var noSite = Kb.Engine.Assess(Kb.Case(35, "male", ("where.both_legs", true), ("neuro.leg_weakness", true)));
        Assert.DoesNotContain(noSite.UrgencyReasons, r => r.Rule == "bilateral_leg_weakness");
    }

    [Fact]
    public void An_urgent_rule_is_not_completed_and_the_unanswered_duration_still_gives_at_least_soon()
    {
        (string, object)[] picture = [("hx.immunosuppressed", true), ("where.groin", true), ("func.limp", true)];
        var unknown = Kb.Engine.Assess(Kb.Case(52, "female", picture));
        Assert.DoesNotContain(unknown.UrgencyReasons, r => r.Rule == "immunosuppressed_new_hip_pain");
        Assert.True(Urgency.Rank(unknown.Urgency) <= Urgency.Rank(Urgency.Soon), "an unanswered duration is reassurance");

        var isNew = Kb.Engine.Assess(Kb.Case(52, "female", [.. picture, (Duration, 1)]));
        Assert.Contains(isNew.UrgencyReasons, r => r.Rule == "immunosuppressed_new_hip_pain");
    }

    [Fact]
    public void A_weak_leg_found_only_on_examination_waits_for_the_duration_and_the_persons_own_report_does_not()
    {
        // Sudden back pain with a weak leg is an emergency in the first two weeks: completed when the person says
        // the leg is weak, not when only an examiner found the weakness (the examiner can give the duration).
        (string, object)[] sudden = [("episode.onset", "sudden"), ("where.buttock", true)];
        static bool Fires(params (string, object)[] findings) =>
            Kb.Fires("sudden_back_pain_with_leg_deficit", 47, "female", findings);

        Assert.False(Fires([.. sudden, ("exam.myotomal_weakness", true)]));
        Assert.True(Fires([.. sudden, ("exam.myotomal_weakness", true), (Duration, 3)]));
        Assert.True(Fires([.. sudden, ("neuro.leg_weakness", true)]));
        Assert.True(Fires([.. sudden, ("neuro.leg_weakness", true), ("exam.myotomal_weakness", true)]));
    }

    [Fact]
    public void Triage_copies_the_case_at_most_once_and_not_at_all_when_the_duration_is_answered()
    {
        (string, object)[] picture = [("episode.onset", "sudden"), ("where.buttock", true), ("exam.myotomal_weakness", true)];
        var answered = Kb.Case(47, "female", [.. picture, (Duration, 20)]);
        var unknown = Kb.Case(47, "female", picture);
        Assert.Equal(0, AllocatedPerTriage(answered));

        // One copy of the case (its answers and the object), however many emergency rules read the duration.
        var oneCopy = (Kb.Knowledge.Vocabulary.Findings.Count * 8) + 200;
        var perTriage = AllocatedPerTriage(unknown);
        Assert.True(perTriage <= oneCopy, $"{perTriage} B per triage with the duration unanswered (one copy is under {oneCopy} B)");
    }

    private static bool SaysThePainIsNotNew(AssessmentCase subject) =>
        Kb.Knowledge.Manifest.DurationCompletionNotWhen.Any(code => subject[Kb.Knowledge.Vocabulary.FindFinding(code)!.Index] is { IsKnown: true, AsBool: true });

    private static long AllocatedPerTriage(AssessmentCase subject)
    {
        const int Runs = 100;
        Kb.Engine.TriageRank(subject);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Runs; i++)
        {
            Kb.Engine.TriageRank(subject);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Runs;
    }
}
