using System.Diagnostics;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;
using UglyToad.PdfPig;

namespace HipSpine.Reports.Tests;

public class AppointmentReportTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadOrThrow(RepoPaths.Knowledge);

    private static ReportModel Model()
    {
        var read = CaseReader.ReadAll("""
            {"id":"r","age":67,"sex":"female","findings":{"where.groin":true,"where.low_back":true,"pain.difficulty_shoes_socks":true,
             "func.hip_stiff_reduced_motion":true,"episode.duration_days":200,"func.limp":true}}
            """, Knowledge.Vocabulary).Single();
        var result = new AssessmentEngine(Knowledge).Assess(read.Case!);
        var start = new DateOnly(2026, 10, 1);
        return new ReportModel(
            "Patient A",
            new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
            result,
            result.Sources.Select(s => Knowledge.Vocabulary.FindSource(s.Id)!.Name).ToArray(),
            [new("Pain in the groin?", "Yes"), new("Limping?", "Yes")],
            Enumerable.Range(0, 21).Select(d => new DatedValue(start.AddDays(d), 7 - (d / 5.0))).ToArray(),
            "Rehabilitation (weeks 4-12)",
            [new("Sit-to-stand", "2-3 sets of 8-12"), new("Glute bridge", "2-3 sets of 8-12")],
            "11 of 12 planned sessions in the last 2 weeks",
            [new("NPRS", 7, 3, "a meaningful improvement")],
            "Hip IR 10 degrees, pain on FADIR.");
    }

    [Fact]
    public void The_report_is_one_or_two_pages_and_says_urgency_sources_answers_plan_and_scores()
    {
        var pdf = AppointmentReport.Write(Model());
        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 1, 2);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var expected in new[] { "Soon:", "Hip osteoarthritis", "groin?", "Sit-to-stand", "NPRS", "meaningful", "Pain over time", "does not diagnose", "FADIR" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_cause_listed_above_likelier_ones_for_a_warning_sign_says_so_and_a_plain_ranking_does_not()
    {
        var read = CaseReader.ReadAll("""
            {"id":"t","age":67,"sex":"female","findings":{"where.abdomen":true,"where.low_back":true,
             "pain.tearing_sudden_severe":true,"episode.onset":"sudden"}}
            """, Knowledge.Vocabulary).Single();
        var result = new AssessmentEngine(Knowledge).Assess(read.Case!);
        var held = Model() with { Result = result, SourceNames = result.Sources.Select(s => s.Id).ToArray() };

        Assert.Contains("Listed here, above likelier causes", Text(AppointmentReport.Write(held)), StringComparison.Ordinal);
        Assert.DoesNotContain("Listed here, above likelier causes", Text(AppointmentReport.Write(Model())), StringComparison.Ordinal);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public void The_report_renders_with_pdftoppm()
    {
        const string pdftoppm = "/usr/bin/pdftoppm";
        Assert.True(File.Exists(pdftoppm), "pdftoppm is missing: apt-get install -y poppler-utils (scripts/install-prerequisites does it)");
        var folder = Directory.CreateTempSubdirectory("hipspine-pdf-").FullName;
        try
        {
            var file = Path.Combine(folder, "report.pdf");
            File.WriteAllBytes(file, AppointmentReport.Write(Model()));
            using var process = Process.Start(new ProcessStartInfo(pdftoppm, ["-png", "-r", "50", file, Path.Combine(folder, "page")]) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
            var pages = Directory.GetFiles(folder, "page*.png");
            Assert.InRange(pages.Length, 1, 2);
            Assert.All(pages, p => Assert.True(new FileInfo(p).Length > 1000));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
