using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>Reads <c>exercises/*.yaml</c>: the exercise library with phases, dosage and steps.</summary>
internal static class ExercisesLoader
{
    public static readonly string[] PhaseIds = ["calm", "rehabilitation", "return"];

    public static IReadOnlyList<ExerciseKnowledge> Load(string root, ContractVocabulary vocabulary, DiagnosticBag bag)
    {
        var result = new List<ExerciseKnowledge>();
        foreach (var file in YamlFiles.InFolder(Path.Combine(root, "exercises")))
        {
            if (YamlFiles.Read(root, file, bag) is not { } node)
            {
                continue;
            }

            node.AllowOnly("id", "name", "phases", "suits", "avoidFor", "dosage", "steps", "illustration", "cautions", "easier", "harder", "reference");
            var id = node.String("id");
            var name = node.String("name");
            CareChecks.IdMatchesFile(node, id, file);
            var phases = node.Strings("phases", required: true);
            foreach (var bad in phases.Where(p => !PhaseIds.Contains(p, StringComparer.Ordinal)))
            {
                node.Error(DiagnosticCodes.OutOfRange, $"phase '{bad}' is not one of {string.Join(", ", PhaseIds)}");
            }

            var suits = CareChecks.Sources(node, "suits", vocabulary);
            var avoidFor = CareChecks.Sources(node, "avoidFor", vocabulary);
            var dosage = ReadDosage(node);
            var steps = node.Strings("steps", required: true);
            var illustration = node.String("illustration");
            var easier = node.String("easier", required: false) ?? "";
            var harder = node.String("harder", required: false) ?? "";
            var reference = CareChecks.Reference(node);
            if (id is null || name is null || dosage is null || illustration is null || reference is null || steps.Count == 0 || phases.Count == 0)
            {
                continue;
            }

            result.Add(new ExerciseKnowledge(id, name, phases, suits, avoidFor, dosage, steps, illustration, node.Strings("cautions"), easier, harder, reference));
        }

        return result;
    }

    private static ExerciseDosage? ReadDosage(YamlNode node)
    {
        if (node.Child("dosage") is not { } d)
        {
            node.Error(DiagnosticCodes.MissingKey, "missing 'dosage'");
            return null;
        }

        d.AllowOnly("sets", "reps", "holdSeconds", "minutes", "perWeek", "text");
        var text = d.String("text");
        return text is null ? null : new ExerciseDosage(d.Int("sets"), d.Int("reps"), d.Int("holdSeconds"), d.Int("minutes"), d.Int("perWeek"), text);
    }
}
