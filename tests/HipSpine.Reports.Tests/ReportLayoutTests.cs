using System.Diagnostics;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;

namespace HipSpine.Reports.Tests;

/// <summary>
/// The report read as text by poppler's <c>pdftotext</c>, page by page: who it is about on page 1, the warning
/// signs before every other answer, and no heading left alone at the bottom of a page.
/// </summary>
public class ReportLayoutTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.LoadOrThrow(RepoPaths.Knowledge);

    private static readonly string[] Headings =
    [
        "How soon to be seen", "Warning signs answered yes", "Likely sources of the pain", "Other answers", "Answered no",
        "Pain over time (0-10)", "Plan and progress", "Clinician's note",
    ];

    private static ReportModel Model(string name, int answers, int exercises, int painDays)
    {
        var read = CaseReader.ReadAll("""
            {"id":"r","age":67,"sex":"female","findings":{"where.groin":true,"where.low_back":true,"systemic.fever":true,"func.limp":true}}
            """, Knowledge.Vocabulary).Single();
        var result = new AssessmentEngine(Knowledge).Assess(read.Case!);
        var start = new DateOnly(2026, 10, 1);
        var list = new List<ReportAnswer>
        {
            new("Limp:", "Yes"),
            new("Fever:", "Yes") { IsWarningSign = true },
            new("Saddle numbness:", "No") { IsNegative = true },
        };
        list.AddRange(Enumerable.Range(1, answers).Select(i => new ReportAnswer($"Extra question number {i} about the pain and daily life:", "Yes")));
        return new ReportModel(
            name,
            new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
            result,
            result.Sources.Select(s => Knowledge.Vocabulary.FindSource(s.Id)!.Name).ToArray(),
            list,
            Enumerable.Range(0, painDays).Select(d => new DatedValue(start.AddDays(d), 7 - (d / 10.0))).ToArray(),
            "Rehabilitation (weeks 4-12)",
            Enumerable.Range(1, exercises).Select(i => new ReportExercise($"Exercise {i}", "2-3 sets of 8-12")).ToArray(),
            "3 of 3 planned exercise sessions in the last 7 days",
            [new("NPRS", 7, 3, "a meaningful improvement")],
            string.Join(' ', Enumerable.Repeat("Hip internal rotation 10 degrees, pain on FADIR.", 12)))
        {
            AgeAndSex = "67 years, female",
            WhereItHurts = ["right hip", "right groin", "low back"],
        };
    }

    /// <summary>The text of each page, in reading order (pdftotext separates pages with a form feed).</summary>
    private static string[] Pages(byte[] pdf)
    {
        const string pdftotext = "/usr/bin/pdftotext";
        Assert.True(File.Exists(pdftotext), "pdftotext is missing: apt-get install -y poppler-utils (scripts/install-prerequisites does it)");
        var file = Path.Combine(Path.GetTempPath(), "hipspine-report-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo(pdftotext, [file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            return text.Split('\f').Where(p => p.Trim().Length > 0).ToArray();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Name_age_sex_and_side_are_on_page_one_and_warning_signs_come_before_the_other_answers()
    {
        var pages = Pages(AppointmentReport.Write(Model("Ann Example", answers: 0, exercises: 2, painDays: 10)));
        var first = pages[0];
        Assert.Contains("Name: Ann Example", first, StringComparison.Ordinal);
        Assert.Contains("Age and sex: 67 years, female", first, StringComparison.Ordinal);
        Assert.Contains("Where it hurts: right hip, right groin, low back", first, StringComparison.Ordinal);
        var all = string.Join("\n", pages);
        var warning = all.IndexOf("Warning signs answered yes", StringComparison.Ordinal);
        var fever = all.IndexOf("Fever: Yes", StringComparison.Ordinal);
        var other = all.IndexOf("Other answers", StringComparison.Ordinal);
        var limp = all.IndexOf("Limp: Yes", StringComparison.Ordinal);
        var no = all.IndexOf("Answered no", StringComparison.Ordinal);
        Assert.True(warning >= 0 && warning < fever && fever < other && other < limp && limp < no, all);
        Assert.True(fever < all.IndexOf("Likely sources of the pain", StringComparison.Ordinal), "the warning signs come before the sources");
        Assert.DoesNotContain("more answers", all, StringComparison.Ordinal); // every answer is listed
    }

    [Fact]
    public void Without_a_name_the_report_names_no_one()
    {
        var first = Pages(AppointmentReport.Write(Model("", answers: 0, exercises: 2, painDays: 0)))[0];
        Assert.DoesNotContain("Name:", first, StringComparison.Ordinal);
        Assert.DoesNotContain("@", first, StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_of_a_long_report_ends_with_a_heading()
    {
        // Many lengths, so the page breaks fall at many places, including just before each heading.
        var checkedPages = 0;
        for (var answers = 20; answers <= 110; answers++)
        {
            var pages = Pages(AppointmentReport.Write(Model("", answers, exercises: 4 + (answers % 5), painDays: 20)));
            foreach (var page in pages.Take(pages.Length - 1))
            {
                var last = page.Split('\n').Select(l => l.Trim()).Last(l => l.Length > 0);
                Assert.False(Headings.Contains(last), $"{answers} answers: a page ends with the heading '{last}'");
                checkedPages++;
            }
        }

        Assert.True(checkedPages > 30, $"only {checkedPages} page ends were checked");
    }
}
