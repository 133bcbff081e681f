using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Conditions;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Interview;

/// <summary>
/// Decides the next question. Order: age and sex; the body map; every red-flag screen (the contract asks
/// every red-flag question before a final result); the core questions (without them no result says self care);
/// then, one screen at a time, the question that could
/// still change the urgency, else the one with the highest expected information gain over the source
/// ranking; stop when no remaining question could change the urgency or the top three sources
/// materially. Stops at once when an emergency rule fires. Stateless: the state is passed in.
/// </summary>
public sealed class InterviewPlanner
{
    /// <summary>A change of a top-three source's probability at least this large is material.</summary>
    public const double MaterialChange = 0.15;

    /// <summary>A question asked only to refine the ranking must be worth at least this much information.</summary>
    public const double MinimumGainBits = 0.05;

    private readonly AssessmentEngine engine;
    private readonly InterviewScreen[] redFlagScreens;
    private readonly InterviewUnit[] detailUnits;
    private readonly FindingQuestion[] bodyMap;
    private readonly FindingQuestion? side;
    private readonly Dictionary<int, TriageRule[]> rulesByFinding;
    private readonly HashSet<string> coreQuestions;
    private readonly Dictionary<TriageRule, HashSet<int>> gateFindings;

    public InterviewPlanner(AssessmentEngine engine, IReadOnlyList<InterviewScreen> screens)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(screens);
        this.engine = engine;
        var kb = engine.Knowledge;
        var unscreenedRedFlags = kb.RedFlagFindings.Where(f => !screens.Any(s => s.Questions.Any(q => q.Code == f.Code))).ToArray();
        if (unscreenedRedFlags.Length > 0)
        {
            throw new InvalidDataException("interview.yaml: red-flag findings missing from every screen: " + string.Join(", ", unscreenedRedFlags.Select(f => f.Code)));
        }

        Screens = screens;
        redFlagScreens = screens.Where(s => s.HasRedFlag).ToArray();
        bodyMap = kb.Questions.Where(q => q.Code.StartsWith("where.", StringComparison.Ordinal)).ToArray();
        side = kb.FindQuestion(PainSide.Code);
        var inScreens = screens.SelectMany(s => s.Questions).Select(q => q.Code).ToHashSet(StringComparer.Ordinal);
        detailUnits = screens.Where(s => !s.HasRedFlag).Select(s => new InterviewUnit("screen:" + s.Id, s.Title, s.Intro, s.Why, s.Questions))
            .Concat(kb.Questions
                .Where(q => !q.Definition.IsClinicianOnly && !inScreens.Contains(q.Code) && !q.Code.StartsWith("where.", StringComparison.Ordinal) && q.Code != PainSide.Code)
                .Select(q => new InterviewUnit("q:" + q.Code, q.Question, "", q.Why, [q])))
            .ToArray();
        coreQuestions = kb.Manifest.CoreQuestions.ToHashSet(StringComparer.Ordinal);
        rulesByFinding = kb.Vocabulary.Findings.ToDictionary(
            f => f.Index,
            f => kb.Rules.Where(r => Reads(r.When, f.Index)).ToArray());

        // Collected once here rather than for every candidate screen: the planner weighs every screen on each step.
        gateFindings = kb.Rules.Where(r => r.Gate is not null).ToDictionary<TriageRule, TriageRule, HashSet<int>>(
            r => r,
            r =>
            {
                var indexes = new HashSet<int>();
                r.Gate!.CollectFindingIndexes(indexes);
                return indexes;
            },
            ReferenceEqualityComparer.Instance);
    }

    public IReadOnlyList<InterviewScreen> Screens { get; }

    public InterviewStep Next(InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Age is null)
        {
            return new AskAboutYou();
        }

        var subject = InterviewAnswers.ToCase(engine.Knowledge, state);
        var rank = engine.TriageRank(subject);
        var asked = state.Steps.Count;
        var answered = state.AnsweredCodes.ToHashSet(StringComparer.Ordinal);
        if (rank == Urgency.Rank(Urgency.Emergency))
        {
            // An emergency that only the duration completion makes (the pain may be new) is confirmed by asking
            // how long it has lasted before stopping: the answer can undo it, and stopping would over-triage.
            if (AskDurationFirst(subject, answered, asked) is { } duration)
            {
                return duration;
            }

            return Finish(subject, stoppedForEmergency: true, state);
        }

        if (!state.Steps.Any(s => s.StepId == "bodymap"))
        {
            return new AskBodyMap(bodyMap, asked, redFlagScreens.Length + 4) { Side = side };
        }

        var pendingRedFlags = redFlagScreens
            .Select(s => (Screen: s, Questions: Askable(s.Questions, subject, answered)))
            .Where(x => x.Questions.Length > 0)
            .ToArray();
        if (pendingRedFlags.Length > 0)
        {
            var (screen, questions) = pendingRedFlags[0];
            return new AskQuestions("screen:" + screen.Id, screen.Title, screen.Intro, screen.Why, true, questions, asked, pendingRedFlags.Length + 4);
        }

        // The core questions come next: without them a result can never say "self care".
        var core = detailUnits
            .Select(u => (Unit: u, Questions: Askable(u.Questions, subject, answered)))
            .FirstOrDefault(x => x.Questions.Any(q => coreQuestions.Contains(q.Code)));
        if (core.Unit is not null)
        {
            return new AskQuestions(core.Unit.StepId, core.Unit.Title, core.Unit.Intro, core.Unit.Why, false, core.Questions, asked, 4);
        }

        var next = ChooseDetail(subject, rank, answered, out var stillUseful);
        return next is null
            ? Finish(subject, stoppedForEmergency: false, state)
            : new AskQuestions(next.Value.Unit.StepId, next.Value.Unit.Title, next.Value.Unit.Intro, next.Value.Unit.Why, false, next.Value.Questions, asked, Math.Min(stillUseful, 8));
    }

    private (InterviewUnit Unit, FindingQuestion[] Questions)? ChooseDetail(AssessmentCase subject, int rank, HashSet<string> answered, out int stillUseful)
    {
        var ranking = new RankingSnapshot(engine, subject);
        var patientReachable = PatientReachableRules(subject, rank);
        (InterviewUnit Unit, FindingQuestion[] Questions, int Rules, double Gain)? best = null;
        stillUseful = 0;
        foreach (var unit in detailUnits)
        {
            var questions = Askable(unit.Questions, subject, answered);
            if (questions.Length == 0)
            {
                continue;
            }

            // Urgency first: how many still-possible, more urgent rules this screen could settle.
            var rules = patientReachable.Count(r => questions.Any(q => rulesByFinding[q.Definition.Index].Contains(r)) && GateAllows(r, questions, subject));
            var (gain, material) = rules > 0 ? (ranking.Lookahead(questions).Gain, false) : ranking.Lookahead(questions);
            if (rules == 0 && !(material && gain >= MinimumGainBits))
            {
                continue;
            }

            stillUseful++;
            var better = best is null
                || rules > best.Value.Rules
                || (rules == best.Value.Rules && gain > best.Value.Gain + 1e-12);
            if (better)
            {
                best = (unit, questions, rules, gain);
            }
        }

        return best is null ? null : (best.Value.Unit, best.Value.Questions);
    }

    /// <summary>
    /// Rules more urgent than the current level that the person's own answers could still make fire:
    /// evaluated with every examination finding taken as absent, since the interview cannot ask those.
    /// </summary>
    private TriageRule[] PatientReachableRules(AssessmentCase subject, int rank)
    {
        var withoutExam = subject;
        foreach (var f in engine.Knowledge.Vocabulary.Findings.Where(f => f.IsClinicianOnly && !subject[f.Index].IsKnown))
        {
            withoutExam = withoutExam.With(f.Index, f.Type == FindingType.Bool ? FindingValue.Of(false) : FindingValue.Unknown);
        }

        return engine.Knowledge.Rules.Where(r => r.UrgencyRank < rank && r.When.Evaluate(withoutExam) != Tri.False).ToArray();
    }

    /// <summary>
    /// A rule with a risk-factor gate asks its other questions only once the gate is true; the screen that asks the
    /// gate's own finding is always allowed, so the gate is asked first. An unsure answer to the gate leaves the rest
    /// unasked: the rule can still fire on answers given, but does not lengthen every interview.
    /// </summary>
    private bool GateAllows(TriageRule rule, FindingQuestion[] questions, AssessmentCase subject)
    {
        if (rule.Gate is null || rule.Gate.Evaluate(subject) == Tri.True)
        {
            return true;
        }

        var opening = gateFindings[rule];
        return questions.Any(q => opening.Contains(q.Definition.Index));
    }

    /// <summary>The duration question, when it is unasked and only its completion makes the emergency.</summary>
    private AskQuestions? AskDurationFirst(AssessmentCase subject, HashSet<string> answered, int asked)
    {
        if (!engine.DurationUnknown(subject) || answered.Contains(RuleFiring.DurationFinding)
            || engine.TriageRank(subject, completeDuration: false) == Urgency.Rank(Urgency.Emergency))
        {
            return null;
        }

        var unit = detailUnits
            .Select(u => (Unit: u, Questions: Askable(u.Questions, subject, answered)))
            .FirstOrDefault(x => x.Questions.Any(q => q.Code == RuleFiring.DurationFinding));
        return unit.Unit is null
            ? null
            : new AskQuestions(unit.Unit.StepId, unit.Unit.Title, unit.Unit.Intro, unit.Unit.Why, false, unit.Questions, asked, 1);
    }

    /// <summary>Questions not yet answered whose ask-condition is not definitely false.</summary>
    private static FindingQuestion[] Askable(IReadOnlyList<FindingQuestion> questions, AssessmentCase subject, HashSet<string> answered) =>
        questions.Where(q => !answered.Contains(q.Code) && (q.AskIf is null || q.AskIf.Evaluate(subject) != Tri.False)).ToArray();

    private InterviewFinished Finish(AssessmentCase subject, bool stoppedForEmergency, InterviewState state) =>
        new(engine.Assess(subject), stoppedForEmergency, state.Steps.Count, state.Steps.Sum(s => s.Answers.Count));

    private static bool Reads(Condition condition, int findingIndex)
    {
        var set = new HashSet<int>();
        condition.CollectFindingIndexes(set);
        return set.Contains(findingIndex);
    }

    private sealed record InterviewUnit(string StepId, string Title, string Intro, string Why, IReadOnlyList<FindingQuestion> Questions);
}
