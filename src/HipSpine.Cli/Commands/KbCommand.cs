using System.CommandLine;
using HipSpine.Engine.Extraction;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli.Commands;

/// <summary><c>hipspine kb check</c>: every diagnostic of the knowledge base, exit 1 on any error; <c>kb evidence</c>: docs/evidence.md.</summary>
internal static class KbCommand
{
    public static Command Create(Option<string?> knowledge, CliConsole console)
    {
        var check = new Command("check", "Validate knowledge/: codes, types, references, reachability, lexicon coverage. Exit 1 on any error.");
        check.SetAction(parse => Check(parse.GetValue(knowledge), console));
        var evidence = new Command("evidence", "Write docs/evidence.md (Markdown) from the knowledge base: every prior and likelihood ratio with its status, citation and population.");
        evidence.SetAction(parse => Evidence(parse.GetValue(knowledge), console));
        return new Command("kb", "Knowledge base tools.") { check, evidence };
    }

    private static int Evidence(string? path, CliConsole console)
    {
        var knowledge = KnowledgeOption.Load(path, console);
        if (knowledge is null)
        {
            return KnowledgeOption.BrokenKnowledgeExitCode;
        }

        console.Out.Write(EvidenceDocument.Write(knowledge));
        return 0;
    }

    private static int Check(string? path, CliConsole console)
    {
        var folder = KnowledgeLoader.Locate(path);
        var result = KnowledgeLoader.Load(folder);
        // The lexicon is checked over a loaded base (its coverage is about the base's findings).
        var diagnostics = result.Knowledge is { } loaded
            ? [.. result.Diagnostics, .. FreeTextExtractor.Create(loaded).Diagnostics]
            : result.Diagnostics;
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Severity))
        {
            console.Out.WriteLine(diagnostic);
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (result.Knowledge is { } kb)
        {
            console.Out.WriteLine($"knowledge {kb.Version}: {kb.Questions.Count} questions, {kb.Rules.Count} triage rules, {kb.Sources.Count} sources, {kb.Sources.Sum(s => s.Evidence.Count)} likelihood ratios, {kb.Care.Treatments.Count} treatments, {kb.Care.Exercises.Count} exercises");
        }

        console.Out.WriteLine($"{errors} error(s), {warnings} warning(s) in {folder}");
        return errors > 0 ? 1 : 0;
    }
}
