using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>Reads <c>sources/*.yaml</c>: every vocabulary source once, with cited priors and likelihood ratios.</summary>
internal static class SourcesLoader
{
    /// <summary>How a figure was obtained: read from a study, computed from a study's counts, or reasoned.</summary>
    private static readonly string[] Statuses = [EvidenceStatus.Published, EvidenceStatus.Derived, EvidenceStatus.Estimate];

    public static IReadOnlyList<SourceKnowledge> Load(string root, ContractVocabulary vocabulary, DiagnosticBag bag)
    {
        var parser = new ConditionParser(vocabulary);
        var byId = new Dictionary<string, SourceKnowledge>(StringComparer.Ordinal);
        foreach (var file in YamlFiles.InFolder(Path.Combine(root, "sources")))
        {
            if (YamlFiles.Read(root, file, bag) is not { } node)
            {
                continue;
            }

            var source = Read(node, Path.GetFileNameWithoutExtension(file), vocabulary, parser);
            if (source is not null && !byId.TryAdd(source.Id, source))
            {
                node.Error(DiagnosticCodes.Duplicate, $"source '{source.Id}' is defined twice");
            }
        }

        foreach (var missing in vocabulary.Sources.Where(s => !byId.ContainsKey(s.Id)))
        {
            bag.Error(DiagnosticCodes.UnknownSource, "knowledge/sources", 0, "", $"source '{missing.Id}' has no file sources/{missing.Id}.yaml");
        }

        return vocabulary.Sources.Where(s => byId.ContainsKey(s.Id)).Select(s => byId[s.Id]).ToArray();
    }

    private static SourceKnowledge? Read(YamlNode node, string fileId, ContractVocabulary vocabulary, ConditionParser parser)
    {
        node.AllowOnly("id", "summary", "prior", "mechanisms", "evidence");
        var id = node.String("id");
        var summary = node.String("summary");
        if (id is null)
        {
            return null;
        }

        var definition = vocabulary.FindSource(id);
        if (definition is null)
        {
            node.Error(DiagnosticCodes.UnknownSource, $"unknown source '{id}'");
            return null;
        }

        if (id != fileId)
        {
            node.Error(DiagnosticCodes.IdMismatch, $"id '{id}' differs from the file name '{fileId}'");
        }

        var prior = ReadPrior(node, parser);
        var mechanisms = ReadMechanisms(node, vocabulary, parser);
        var evidence = node.Child("evidence") is { } list
            ? list.Items().Select(i => ReadEvidence(i, vocabulary, parser)).ToArray()
            : [];
        if (summary is null || prior is null || evidence.Any(e => e is null))
        {
            return null;
        }

        return new SourceKnowledge(definition, summary, prior, mechanisms, evidence!);
    }

    private static SourcePrior? ReadPrior(YamlNode node, ConditionParser parser)
    {
        _ = parser;
        if (node.Child("prior") is not { } prior)
        {
            node.Error(DiagnosticCodes.MissingKey, "missing 'prior'");
            return null;
        }

        prior.AllowOnly(
            "reference", "status", "population", "derivation", "bands",
            "emergencyBands", "emergencyReference", "emergencyStatus", "emergencyPopulation", "emergencyDerivation");
        var reference = prior.String("reference", required: false);
        if (string.IsNullOrWhiteSpace(reference))
        {
            prior.Error(DiagnosticCodes.Uncited, "the prior has no reference");
        }

        var (status, population, derivation) = ReadStatus(prior);
        var bands = ReadBands(prior, "bands", required: true);
        if (bands.Count == 0)
        {
            return null;
        }

        var primaryCare = new SourcePrior(bands, bands, reference ?? "", status, population, derivation);
        return prior.Child("emergencyBands") is null ? primaryCare : ReadEmergency(prior, primaryCare);
    }

    /// <summary>
    /// The emergency-department figures: their own bands and, because they come from other studies than the
    /// primary-care shares, their own citation, status, population and arithmetic (<c>emergencyReference</c>, ...).
    /// </summary>
    private static SourcePrior ReadEmergency(YamlNode prior, SourcePrior primaryCare)
    {
        var bands = ReadBands(prior, "emergencyBands", required: true);
        var reference = prior.String("emergencyReference", required: false);
        if (string.IsNullOrWhiteSpace(reference))
        {
            prior.Error(DiagnosticCodes.Uncited, "'emergencyBands' need 'emergencyReference' (where the emergency-department figures come from)");
        }

        var (status, population, derivation) = ReadStatus(prior, "emergency");
        return primaryCare with
        {
            EmergencyBands = bands.Count > 0 ? bands : primaryCare.Bands,
            HasEmergencyBands = bands.Count > 0,
            EmergencyReference = reference ?? "",
            EmergencyStatus = status,
            EmergencyPopulation = population,
            EmergencyDerivation = derivation,
        };
    }

    private static List<PriorBand> ReadBands(YamlNode prior, string key, bool required)
    {
        var bands = new List<PriorBand>();
        var list = prior.Child(key);
        if (list is null)
        {
            if (required)
            {
                prior.Error(DiagnosticCodes.MissingKey, $"the prior needs '{key}'");
            }

            return bands;
        }

        var lastMaxAge = -1;
        foreach (var band in list.Value.Items())
        {
            band.AllowOnly("maxAge", "probability");
            var maxAge = band.Child("maxAge")?.AsInt();
            var p = band.Number("probability");
            if (maxAge is null || p is null)
            {
                band.Error(DiagnosticCodes.MissingKey, "a band needs maxAge and probability");
                continue;
            }

            if (p is <= 0 or >= 1)
            {
                band.Error(DiagnosticCodes.BadNumber, $"probability {p} must be above 0 and below 1");
                continue;
            }

            if (maxAge <= lastMaxAge)
            {
                band.Error(DiagnosticCodes.Unreachable, "bands must be in increasing maxAge order");
            }

            lastMaxAge = maxAge.Value;
            bands.Add(new PriorBand(maxAge.Value, p.Value));
        }

        if (bands.Count == 0)
        {
            prior.Error(DiagnosticCodes.MissingKey, $"'{key}' needs at least one band");
        }
        else if (lastMaxAge < 120)
        {
            prior.Error(DiagnosticCodes.OutOfRange, $"the last band of '{key}' must reach maxAge 120");
        }

        return bands;
    }

    private static List<MechanismLink> ReadMechanisms(YamlNode node, ContractVocabulary vocabulary, ConditionParser parser)
    {
        var links = new List<MechanismLink>();
        foreach (var item in node.Child("mechanisms")?.Items() ?? [])
        {
            item.AllowOnly("id", "when");
            var id = item.String("id");
            if (id is null)
            {
                continue;
            }

            if (!vocabulary.IsMechanism(id))
            {
                item.Error(DiagnosticCodes.UnknownMechanism, $"unknown mechanism '{id}'");
                continue;
            }

            var when = item.Child("when") is { } w ? parser.Parse(w) : null;
            links.Add(new MechanismLink(id, when));
        }

        return links;
    }

    private static EvidenceItem? ReadEvidence(YamlNode item, ContractVocabulary vocabulary, ConditionParser parser)
    {
        item.AllowOnly("finding", "when", "scope", "lr", "lrAbsent", "group", "reference", "status", "population", "derivation");
        var finding = item.String("finding");
        var lr = item.Number("lr", required: false);
        var lrAbsent = item.Number("lrAbsent", required: false);
        var reference = item.String("reference", required: false);
        var (status, population, derivation) = ReadStatus(item);
        if (finding is null)
        {
            return null;
        }

        var definition = vocabulary.FindFinding(finding);
        if (definition is null && finding is not ("age" or "sex"))
        {
            item.Child("finding")!.Value.Error(DiagnosticCodes.UnknownFinding, $"unknown finding '{finding}'");
            return null;
        }

        if (lr is null && lrAbsent is null)
        {
            item.Error(DiagnosticCodes.MissingKey, "evidence needs lr and/or lrAbsent");
            return null;
        }

        if (lr is <= 0 || lrAbsent is <= 0)
        {
            item.Error(DiagnosticCodes.BadNumber, "likelihood ratios must be above 0");
            return null;
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            item.Error(DiagnosticCodes.Uncited, $"likelihood ratio for '{finding}' has no reference");
        }

        var when = item.Child("when") is { } w
            ? parser.Parse(w)
            : definition is { Type: FindingType.Bool } ? new Conditions.BoolFindingCondition(definition.Index, definition.Code, true) : null;
        if (when is null)
        {
            if (item.Child("when") is null)
            {
                item.Error(DiagnosticCodes.MissingKey, $"'{finding}' is not a bool finding: give a 'when' condition");
            }

            return null;
        }

        // The population a figure was derived in: outside it the figure says nothing, so it is not applied.
        var scope = item.Child("scope") is { } sc ? parser.Parse(sc) : null;
        var group = item.String("group", required: false) ?? "item:" + item.Path;
        return new EvidenceItem(finding, definition?.Index ?? -1, when, lr, lrAbsent, group, reference ?? "", status)
        {
            Population = population,
            Derivation = derivation,
            Scope = scope,
        };
    }

    /// <summary>
    /// <c>status</c> (published, derived or estimate), the population a published or derived figure comes from,
    /// and the arithmetic of a derived one. An estimate gives its reasoning in <c>reference</c>.
    /// </summary>
    /// <summary>status, population and derivation; with a prefix, e.g. "emergency": emergencyStatus, ...</summary>
    private static (string Status, string Population, string Derivation) ReadStatus(YamlNode node, string prefix = "")
    {
        string Key(string name) => prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];
        var status = node.String(Key("status"), required: false);
        if (status is null)
        {
            node.Error(DiagnosticCodes.MissingKey, $"missing '{Key("status")}' ({string.Join(", ", Statuses)})");
            return (EvidenceStatus.Estimate, "", "");
        }

        if (!Statuses.Contains(status, StringComparer.Ordinal))
        {
            node.Child(Key("status"))!.Value.Error(DiagnosticCodes.OutOfRange, $"{Key("status")} must be one of {string.Join(", ", Statuses)}, not '{status}'");
        }

        var population = node.String(Key("population"), required: false) ?? "";
        var derivation = node.String(Key("derivation"), required: false) ?? "";
        if (status == EvidenceStatus.Derived && string.IsNullOrWhiteSpace(derivation))
        {
            node.Error(DiagnosticCodes.MissingKey, $"a derived figure needs '{Key("derivation")}' (the arithmetic from the published counts)");
        }

        return (status, population, derivation);
    }
}
