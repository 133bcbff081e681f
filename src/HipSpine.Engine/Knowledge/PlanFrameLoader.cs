namespace HipSpine.Engine.Knowledge;

/// <summary>Reads <c>plan.yaml</c>: phases, tips, timeline, progression, escalation and outcome measures.</summary>
internal static class PlanFrameLoader
{
    public static PlanFrame? Load(string root, DiagnosticBag bag)
    {
        if (YamlFiles.Read(root, Path.Combine(root, "plan.yaml"), bag) is not { } node)
        {
            return null;
        }

        node.AllowOnly("phases", "tips", "timeline", "progression", "escalation", "measures");
        var phases = (node.Child("phases")?.Items() ?? []).Select(ReadPhase).ToArray();
        var tips = Cited(node, "tips");
        var timeline = Cited(node, "timeline");
        var progression = ReadProgression(node);
        var escalation = ReadEscalation(node);
        var measures = (node.Child("measures")?.Items() ?? []).Select(ReadMeasure).ToArray();
        if (phases.Select(p => p?.Id).ToArray() is var ids && !ids.SequenceEqual(ExercisesLoader.PhaseIds))
        {
            node.Error(DiagnosticCodes.OutOfRange, "phases must be exactly calm, rehabilitation, return, in that order");
            return null;
        }

        return progression is null || escalation is null || measures.Any(m => m is null) || tips.Any(t => t is null) || timeline.Any(t => t is null)
            ? null
            : new PlanFrame(phases!, tips!, timeline!, progression, escalation, measures!);
    }

    private static PlanPhase? ReadPhase(YamlNode p)
    {
        p.AllowOnly("id", "title", "fromWeek", "toWeek", "goals", "reference");
        var id = p.String("id");
        var title = p.String("title");
        var from = p.Int("fromWeek");
        var to = p.Int("toWeek");
        var reference = CareChecks.Reference(p);
        return id is null || title is null || from is null || to is null || reference is null
            ? null
            : new PlanPhase(id, title, from.Value, to.Value, p.Strings("goals", required: true), reference);
    }

    private static CitedText?[] Cited(YamlNode node, string key) =>
        (node.Child(key)?.Items() ?? []).Select(t =>
        {
            t.AllowOnly("text", "reference");
            var text = t.String("text");
            var reference = CareChecks.Reference(t);
            return text is null || reference is null ? null : new CitedText(text, reference);
        }).ToArray();

    private static ProgressionRule? ReadProgression(YamlNode node)
    {
        if (node.Child("progression") is not { } p)
        {
            node.Error(DiagnosticCodes.MissingKey, "missing 'progression'");
            return null;
        }

        p.AllowOnly("acceptablePainDuring", "safePainDuring", "sessionsToAdvance", "loadStepPercent", "reference");
        var values = new[] { p.Int("acceptablePainDuring"), p.Int("safePainDuring"), p.Int("sessionsToAdvance"), p.Int("loadStepPercent") };
        var reference = CareChecks.Reference(p);
        return values.Any(v => v is null) || reference is null
            ? null
            : new ProgressionRule(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value, reference);
    }

    private static EscalationRule? ReadEscalation(YamlNode node)
    {
        if (node.Child("escalation") is not { } e)
        {
            node.Error(DiagnosticCodes.MissingKey, "missing 'escalation'");
            return null;
        }

        e.AllowOnly("reviewWeek", "minimumImprovementPoints", "minimumImprovementPercent", "worseningWindowDays", "reference");
        var values = new[] { e.Int("reviewWeek"), e.Int("minimumImprovementPoints"), e.Int("minimumImprovementPercent"), e.Int("worseningWindowDays") };
        var reference = CareChecks.Reference(e);
        return values.Any(v => v is null) || reference is null
            ? null
            : new EscalationRule(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value, reference);
    }

    private static OutcomeMeasure? ReadMeasure(YamlNode m)
    {
        m.AllowOnly("id", "name", "minimalImportantChange", "minimalImportantPercent", "licence", "reference");
        var id = m.String("id");
        var name = m.String("name");
        var change = m.Number("minimalImportantChange");
        var percent = m.Number("minimalImportantPercent");
        var licence = m.String("licence");
        var reference = CareChecks.Reference(m);
        return id is null || name is null || change is null || percent is null || licence is null || reference is null
            ? null
            : new OutcomeMeasure(id, name, change.Value, percent.Value, licence, reference);
    }
}
