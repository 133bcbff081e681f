using System.CommandLine;
using System.Globalization;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Evaluation;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli.Commands;

/// <summary><c>hipspine eval DIR</c>: runs labelled cases and reports safety and accuracy; exit 1 on under-triage.</summary>
internal static class EvalCommand
{
    public static Command Create(Option<string?> knowledge, CliConsole console)
    {
        var folder = new Argument<string>("dir") { Description = "A folder of labelled case files (format of tests/cases/README.md)." };
        var verbose = new Option<bool>("--verbose") { Description = "Add a table with one row per case." };
        var interview = new Option<bool>("--interview") { Description = "Replay each case through the adaptive interview and report the questions asked." };
        var setting = SettingOption.Create();
        var ignoreCaseSettings = new Option<bool>("--ignore-case-settings") { Description = "Rank every case with --setting, even a case that names its own setting." };
        var command = new Command("eval", "Evaluate labelled cases: under-triage, urgency agreement, source-group accuracy, calibration.") { folder, verbose, interview, setting, ignoreCaseSettings };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(verbose), parse.GetValue(interview), new SettingChoice(parse.GetValue(setting), parse.GetValue(ignoreCaseSettings)), parse.GetValue(knowledge), console));
        return command;
    }

    /// <summary>The configured setting, and whether a case's own setting is set aside for it.</summary>
    private sealed record SettingChoice(CareSetting Configured, bool IgnoreCaseSettings);

    private static int Run(string folder, bool verbose, bool interview, SettingChoice setting, string? knowledgePath, CliConsole console)
    {
        var knowledge = KnowledgeOption.Load(knowledgePath, console);
        if (knowledge is null)
        {
            return KnowledgeOption.BrokenKnowledgeExitCode;
        }

        var (cases, problems) = LabelledCaseReader.ReadFolder(folder, knowledge.Vocabulary);
        foreach (var problem in problems)
        {
            console.Error.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            return CaseInput.InvalidInputExitCode;
        }

        if (setting.IgnoreCaseSettings)
        {
            cases = cases.Select(c => c with { Full = c.Full.WithSetting(null), PatientOnly = c.PatientOnly.WithSetting(null) }).ToArray();
        }

        var engine = new AssessmentEngine(knowledge, setting.Configured);
        console.Out.WriteLine(DescribeSettings(cases, setting.Configured));
        if (interview)
        {
            return InterviewEvalPrinter.Run(engine, cases, verbose, console.Out);
        }

        var report = EvaluationRunner.Run(engine, cases);
        Print(report, verbose, console.Out);
        return report.Unsafe.Any() || report.UnsafePatientOnly.Any() ? 1 : 0;
    }

    private static string DescribeSettings(IReadOnlyList<LabelledCase> cases, CareSetting configured)
    {
        var emergency = cases.Count(c => c.Full.Setting == CareSetting.Emergency);
        var primary = cases.Count(c => c.Full.Setting == CareSetting.PrimaryCare);
        var unstated = cases.Count - emergency - primary;
        return $"priors: {emergency} case(s) from an emergency department, {primary} from primary care, {unstated} unstated (ranked as {CareSettings.Name(configured)})";
    }

    private static void Print(EvaluationReport report, bool verbose, TextWriter o)
    {
        static string P(double v) => v.ToString("0.0", CultureInfo.InvariantCulture) + " %";
        Proportion Count(Func<CaseOutcome, bool> predicate) => new(report.Cases.Count(predicate), report.Count);
        o.WriteLine($"cases: {report.Count}");
        o.WriteLine($"under-triaged: {report.UnderTriaged.Count()}");
        foreach (var c in report.UnderTriaged)
        {
            o.WriteLine($"  UNDER-TRIAGED {c.Id}: expected {c.ExpectedUrgency}, got {c.Urgency}");
        }

        o.WriteLine($"under-triaged (patient answers only): {report.UnderTriagedPatientOnly.Count()}");
        foreach (var c in report.UnderTriagedPatientOnly)
        {
            o.WriteLine($"  UNDER-TRIAGED (patient only) {c.Id}: expected {c.ExpectedPatientOnly}, got {c.UrgencyPatientOnly}");
        }

        o.WriteLine($"below the gold level: {Count(c => c.UnderTriaged)}");
        o.WriteLine($"below every acceptable level (unsafe): {Count(c => c.Unsafe)}");
        o.WriteLine($"below the gold level (patient answers only): {Count(c => c.UnderTriagedPatientOnly)}");
        o.WriteLine($"below every acceptable level (patient answers only, unsafe): {Count(c => c.UnsafePatientOnly)}");
        foreach (var c in report.Cases.Where(c => c.Unsafe || c.UnsafePatientOnly))
        {
            o.WriteLine($"  UNSAFE {c.Id}: acceptable {string.Join("/", c.AcceptableUrgency)}, got {c.Urgency} (patient only {c.UrgencyPatientOnly})");
        }

        o.WriteLine($"exact urgency: {P(report.ExactPercent)}");
        o.WriteLine($"acceptable urgency: {Count(c => c.Acceptable)}");
        o.WriteLine($"over-triaged by more than one level: {P(report.OverTriageMoreThanOnePercent)}");
        o.WriteLine($"exact urgency (patient answers only): {P(report.PatientOnlyExactPercent)}");
        o.WriteLine($"top-1 source group: {Count(c => c.Top1Group)}");
        o.WriteLine($"top-3 source group: {Count(c => c.Top3Group)}");
        o.WriteLine($"top-1 source group (patient answers only): {Count(c => c.Top1GroupPatientOnly)}");
        o.WriteLine($"top-3 source group (patient answers only): {Count(c => c.Top3GroupPatientOnly)}");
        var gold = report.Cases.Where(c => c.GoldSourceProbability is not null).ToArray();
        if (gold.Length > 0)
        {
            o.WriteLine($"mean probability of the gold source: {gold.Average(c => c.GoldSourceProbability!.Value).ToString("0.000", CultureInfo.InvariantCulture)}");
            o.WriteLine($"Brier score (every source, gold = 1): {Calibration.Brier(gold).ToString("0.0000", CultureInfo.InvariantCulture)}");
            o.WriteLine("reliability (predicted band: predictions, mean predicted, observed gold share):");
            foreach (var band in Calibration.Reliability(gold))
            {
                o.WriteLine(FormattableString.Invariant($"  {band.From:0.00}-{band.To:0.00}: {band.Count,4}  {band.MeanPredicted:0.000}  {band.Observed:0.000}"));
            }
        }

        o.WriteLine("recall per source group (gold group in the top three / named in the top three or must-rule-out):");
        foreach (var group in report.Cases.Where(c => c.ExpectedGroup is not null).GroupBy(c => c.ExpectedGroup!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var n = group.Count();
            o.WriteLine($"  {group.Key,-18} {new Proportion(group.Count(c => c.Top3Group), n)}  /  {group.Count(c => c.GroupNamed)}/{n}");
        }

        if (!verbose)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine($"{"case",-42} {"expected",-10} {"got",-10} {"patient",-10} {"group",-18} top-3 sources / fired rules");
        foreach (var c in report.Cases)
        {
            var mark = c.UnderTriaged ? "!!" : c.Exact ? "  " : c.Acceptable ? " ~" : " x";
            var group = (c.ExpectedGroup ?? "-") + (c.Top3Group ? "" : " MISS");
            o.WriteLine($"{mark}{c.Id,-40} {c.ExpectedUrgency,-10} {c.Urgency,-10} {c.UrgencyPatientOnly,-10} {group,-18} {string.Join(", ", c.TopSources)} / {string.Join(", ", c.FiredRules)}");
            if (c.MissingRules.Count > 0)
            {
                o.WriteLine($"  {"",-40} expected rules that did not fire: {string.Join(", ", c.MissingRules)}");
            }
        }
    }
}
