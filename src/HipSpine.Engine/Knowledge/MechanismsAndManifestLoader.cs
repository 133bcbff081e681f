using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>Reads <c>mechanisms.yaml</c> (all seven mechanisms explained) and <c>manifest.yaml</c>.</summary>
internal static class MechanismsAndManifestLoader
{
    public static IReadOnlyList<MechanismKnowledge> LoadMechanisms(string root, ContractVocabulary vocabulary, DiagnosticBag bag)
    {
        var result = new List<MechanismKnowledge>();
        if (YamlFiles.Read(root, Path.Combine(root, "mechanisms.yaml"), bag) is not { } node)
        {
            return result;
        }

        node.AllowOnly("mechanisms");
        foreach (var item in node.Child("mechanisms")?.Items() ?? [])
        {
            item.AllowOnly("id", "title", "explanation", "evidence", "reference");
            var id = item.String("id");
            var title = item.String("title");
            var explanation = item.String("explanation");
            var evidence = item.String("evidence");
            var reference = item.String("reference", required: false);
            if (string.IsNullOrWhiteSpace(reference))
            {
                item.Error(DiagnosticCodes.Uncited, "the mechanism has no reference");
            }

            if (id is not null && !vocabulary.IsMechanism(id))
            {
                item.Error(DiagnosticCodes.UnknownMechanism, $"unknown mechanism '{id}'");
                continue;
            }

            if (id is not null && title is not null && explanation is not null && evidence is not null)
            {
                result.Add(new MechanismKnowledge(id, title, explanation, evidence, reference ?? ""));
            }
        }

        foreach (var missing in vocabulary.Mechanisms.Where(m => result.TrueForAll(r => r.Id != m.Id)))
        {
            node.Error(DiagnosticCodes.UnknownMechanism, $"mechanism '{missing.Id}' is not explained");
        }

        return result;
    }

    public static KnowledgeManifest? LoadManifest(string root, ContractVocabulary vocabulary, DiagnosticBag bag)
    {
        if (YamlFiles.Read(root, Path.Combine(root, "manifest.yaml"), bag) is not { } node)
        {
            return null;
        }

        node.AllowOnly("version", "pattern", "coreQuestions", "exclusion", "painSiteCompletions", "durationCompletion");
        var version = node.String("version");
        if (version is not null && !IsSemanticVersion(version))
        {
            node.Error(DiagnosticCodes.Manifest, $"version '{version}' is not a semantic version (major.minor.patch)");
        }

        if (node.Child("pattern") is not { } pattern)
        {
            node.Error(DiagnosticCodes.MissingKey, "missing 'pattern'");
            return null;
        }

        pattern.AllowOnly("likelyThreshold", "hipSources", "spineSources");
        var threshold = pattern.Number("likelyThreshold");
        if (threshold is <= 0 or >= 1)
        {
            pattern.Error(DiagnosticCodes.BadNumber, "likelyThreshold must be between 0 and 1");
        }

        var hip = ReadSourceList(pattern, "hipSources", vocabulary);
        var spine = ReadSourceList(pattern, "spineSources", vocabulary);
        var core = new List<string>();
        foreach (var item in node.Child("coreQuestions")?.Items() ?? [])
        {
            var code = item.Scalar() ?? "";
            if (vocabulary.FindFinding(code) is not { IsClinicianOnly: false })
            {
                item.Error(DiagnosticCodes.UnknownFinding, $"core question '{code}' is not a patient finding of the vocabulary");
                continue;
            }

            core.Add(code);
        }

        if (core.Count == 0)
        {
            node.Error(DiagnosticCodes.MissingKey, "missing 'coreQuestions' (what must be answered before a self-care result)");
        }

        var sites = new List<string>();
        foreach (var item in node.Child("painSiteCompletions")?.Items() ?? [])
        {
            var code = item.Scalar() ?? "";
            if (!code.StartsWith("where.", StringComparison.Ordinal) || vocabulary.FindFinding(code) is not { IsClinicianOnly: false })
            {
                item.Error(DiagnosticCodes.UnknownFinding, $"pain site '{code}' is not a where.* finding of the vocabulary");
                continue;
            }

            sites.Add(code);
        }

        var duration = ReadDurationCompletion(node);
        ExclusionRule? exclusion = null;
        if (node.Child("exclusion") is { } ex)
        {
            ex.AllowOnly("source", "excludedBy");
            var source = ex.String("source");
            var by = ReadSourceList(ex, "excludedBy", vocabulary);
            if (source is not null && vocabulary.FindSource(source) is null)
            {
                ex.Error(DiagnosticCodes.UnknownSource, $"unknown source '{source}'");
            }
            else if (source is not null)
            {
                exclusion = new ExclusionRule(source, by);
            }
        }

        return version is null || threshold is null
            ? null
            : new KnowledgeManifest(version, threshold.Value, hip, spine) { CoreQuestions = core, Exclusion = exclusion, PainSiteCompletions = sites,
                DurationCompletion = duration.Days, DurationCompletionUrgencies = duration.Urgencies,
                DurationCompletionPatientAnswersOnly = duration.PatientAnswersOnly,
                DurationCompletionNotWhen = ReadNotWhen(node.Child("durationCompletion"), vocabulary) };
    }

    /// <summary>
    /// <c>durationCompletion.notWhen</c>: yes/no findings of the person's own answers that, answered yes, say the pain
    /// is not new (care has already been tried for it), so an unanswered duration is not read as new.
    /// </summary>
    private static IReadOnlyList<string> ReadNotWhen(YamlNode? node, ContractVocabulary vocabulary)
    {
        var codes = new List<string>();
        foreach (var item in node is { IsMapping: true } mapping ? mapping.Child("notWhen")?.Items() ?? [] : [])
        {
            var code = item.Scalar() ?? "";
            if (vocabulary.FindFinding(code) is not { IsClinicianOnly: false, Type: FindingType.Bool })
            {
                item.Error(DiagnosticCodes.UnknownFinding, $"durationCompletion.notWhen '{code}' is not a yes/no finding the person answers");
                continue;
            }

            codes.Add(code);
        }

        return codes;
    }

    /// <summary>
    /// <c>durationCompletion</c>: a whole number of days (the older form: every rule, every answer), or
    /// <c>{days, urgencies, patientAnswersOnly}</c>, which limits the completion to rules of the listed urgencies
    /// and, when asked, to rules true on the person's own answers.
    /// </summary>
    private static (int? Days, IReadOnlyList<string> Urgencies, bool PatientAnswersOnly) ReadDurationCompletion(YamlNode manifest)
    {
        if (manifest.Child("durationCompletion") is not { } node)
        {
            return (null, [], false);
        }

        var holder = node.IsMapping ? node : manifest;
        var key = node.IsMapping ? "days" : "durationCompletion";
        var urgencies = new List<string>();
        var patientOnly = false;
        if (node.IsMapping)
        {
            node.AllowOnly("days", "urgencies", "patientAnswersOnly", "notWhen");
            foreach (var item in node.Child("urgencies")?.Items() ?? [])
            {
                var urgency = item.Scalar() ?? "";
                if (Urgency.Rank(urgency) < 0)
                {
                    item.Error(DiagnosticCodes.UnknownUrgency, $"unknown urgency '{urgency}' ({string.Join(", ", Urgency.All)})");
                    continue;
                }

                urgencies.Add(urgency);
            }

            if (node.Child("urgencies") is { } list && urgencies.Count == 0 && list.Items().Count == 0)
            {
                node.Error(DiagnosticCodes.MissingKey, "durationCompletion.urgencies is empty (leave it out to complete every rule)");
            }

            patientOnly = node.Bool("patientAnswersOnly") ?? false;
        }

        var days = holder.Number(key);
        if (days is not null && (days < 0 || days != Math.Floor(days.Value)))
        {
            holder.Error(DiagnosticCodes.BadNumber, "durationCompletion days must be a whole number of days, 0 or more");
            days = null;
        }

        return (days is { } d ? (int)d : null, urgencies, patientOnly);
    }

    private static List<string> ReadSourceList(YamlNode pattern, string key, ContractVocabulary vocabulary)
    {
        var list = new List<string>();
        if (pattern.Child(key) is not { } node)
        {
            pattern.Error(DiagnosticCodes.MissingKey, $"missing '{key}' (source ids on that side of the hip-spine pattern)");
            return list;
        }

        foreach (var item in node.Items())
        {
            var id = item.Scalar() ?? "";
            if (vocabulary.FindSource(id) is null)
            {
                item.Error(DiagnosticCodes.UnknownSource, $"unknown source '{id}'");
                continue;
            }

            list.Add(id);
        }

        return list;
    }

    private static bool IsSemanticVersion(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }
}
