using System.Globalization;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Care;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HipSpine.Reports;

/// <summary>
/// Writes the one-to-two page PDF a person brings to an appointment: urgency and reasons, answers, likely
/// sources with their evidence, the pain chart, the plan and adherence, outcome scores.
/// </summary>
public static class AppointmentReport
{
    public static byte[] Write(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = "HipSpine report for your appointment";
        document.Info.Creator = "HipSpine";
        var body = PageWriter.Font(9.5);
        var muted = new XSolidBrush(XColor.FromArgb(0x44, 0x44, 0x44));
        using (var w = new PageWriter(document))
        {
            w.Paragraph("HipSpine report for your appointment", PageWriter.Font(16, bold: true), XBrushes.Black);
            WhoAndWhere(w, model, body);
            w.Paragraph($"Made {model.Created.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", body, muted);
            w.Paragraph("HipSpine informs and triages; it does not diagnose. Please discuss this summary with your clinician.", PageWriter.Font(8.5), muted);

            WriteUrgency(w, model, body);
            WriteWarningSigns(w, model);
            WriteSources(w, model, body, muted);
            WriteAnswers(w, model);
            if (model.Pain.Count >= 2)
            {
                w.Heading("Pain over time (0-10)", keepWithNext: PainChart.BlockHeight);
                PainChart.Draw(w, model.Pain);
            }

            WritePlan(w, model, body);
            if (!string.IsNullOrWhiteSpace(model.ClinicianNote))
            {
                w.Heading("Clinician's note");
                w.Paragraph(model.ClinicianNote, body, XBrushes.Black);
            }

            w.Space(8);
            w.Paragraph($"Knowledge base {model.Result.KnowledgeVersion}. Every rule and number has its reference in HipSpine's knowledge files.", PageWriter.Font(7.5), muted);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void WriteUrgency(PageWriter w, ReportModel model, XFont body)
    {
        var level = model.Result.Urgency switch
        {
            "emergency" => "Emergency: call an ambulance or go to the emergency department now",
            "urgent" => "Urgent: see a doctor within 24 hours",
            "soon" => "Soon: book an appointment within 1-2 weeks",
            _ => "Self-care: manage at home with the plan, and see a clinician if it is not improving",
        };
        w.Heading("How soon to be seen");
        w.Paragraph(level, PageWriter.Font(11, bold: true), model.Result.Urgency is "emergency" or "urgent" ? XBrushes.DarkRed : XBrushes.Black);
        foreach (var reason in model.Result.UrgencyReasons.Take(5))
        {
            var name = string.IsNullOrEmpty(reason.Name) ? reason.Rule : reason.Name;
            var findings = reason.Findings.Select(f => model.FindingWords is null ? f : model.FindingWords(f, true).Split(": ")[0]);
            w.Paragraph($"- {name}: {string.Join(", ", findings)}", body, XBrushes.Black, indent: 6);
        }
    }

    /// <summary>Said under a source listed above likelier ones because the warning signs point to it.</summary>
    public const string HeldNote = "Listed here, above likelier causes, because the warning signs point to it.";

    private static void WriteSources(PageWriter w, ReportModel model, XFont body, XBrush muted)
    {
        w.Heading("Likely sources of the pain");
        for (var i = 0; i < Math.Min(5, model.Result.Sources.Count); i++)
        {
            var source = model.Result.Sources[i];
            var name = i < model.SourceNames.Count ? model.SourceNames[i] : source.Id;
            var percent = (source.Probability * 100).ToString("0", CultureInfo.InvariantCulture);
            w.Paragraph($"{i + 1}. {name} - {percent}%", PageWriter.Font(9.5, bold: true), XBrushes.Black);
            var evidence = source.Evidence.Take(4).Select(e => model.FindingWords is { } words
                ? string.Create(CultureInfo.InvariantCulture, $"{words(e.Finding, e.Value)} (likelihood ratio {e.LikelihoodRatio:0.##})")
                : string.Create(CultureInfo.InvariantCulture, $"{e.Finding} = {Show(e.Value)} (LR {e.LikelihoodRatio:0.##})"));
            if (source.Evidence.Count > 0)
            {
                w.Paragraph("Because of: " + string.Join("; ", evidence), PageWriter.Font(8.5), muted, indent: 12);
            }

            if (ScreenedSourceHold.IsHeld(model.Result.Sources, i))
            {
                w.Paragraph(HeldNote, PageWriter.Font(8.5), muted, indent: 12);
            }
        }

        w.Paragraph($"Pattern: {CareCodes.Code(model.Result.Pattern).Replace('_', ' ')}", body, XBrushes.Black);
    }

    private static string Show(object value) => value switch
    {
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Name (when the person typed one), age and sex, and where it hurts: the first lines of page 1.</summary>
    private static void WhoAndWhere(PageWriter w, ReportModel model, XFont body)
    {
        var bold = PageWriter.Font(10.5, bold: true);
        if (!string.IsNullOrWhiteSpace(model.PersonLabel))
        {
            w.Paragraph("Name: " + model.PersonLabel.Trim(), bold, XBrushes.Black);
        }

        if (model.AgeAndSex.Length > 0)
        {
            w.Paragraph("Age and sex: " + model.AgeAndSex, bold, XBrushes.Black);
        }

        if (model.WhereItHurts.Count > 0)
        {
            w.Paragraph("Where it hurts: " + string.Join(", ", model.WhereItHurts), body, XBrushes.Black);
        }
    }

    /// <summary>The warning signs answered yes, straight after the urgency, before anything else is read.</summary>
    private static void WriteWarningSigns(PageWriter w, ReportModel model)
    {
        var signs = model.Answers.Where(a => a.IsWarningSign).ToArray();
        if (signs.Length == 0)
        {
            return;
        }

        w.Heading("Warning signs answered yes");
        foreach (var answer in signs)
        {
            w.Paragraph($"- {answer.Question} {answer.Answer}", PageWriter.Font(9.5, bold: true), XBrushes.DarkRed, indent: 6);
        }
    }

    /// <summary>Every other answer: the yes answers, numbers and choices in full, then the "no" answers in one short list.</summary>
    private static void WriteAnswers(PageWriter w, ReportModel model)
    {
        var positive = model.Answers.Where(a => !a.IsWarningSign && !a.IsNegative).ToArray();
        var negative = model.Answers.Where(a => a.IsNegative).ToArray();
        if (positive.Length > 0)
        {
            w.Heading("Other answers");
            foreach (var answer in positive)
            {
                w.Paragraph($"{answer.Question} {answer.Answer}", PageWriter.Font(8.5), XBrushes.Black, indent: 6);
            }
        }

        if (negative.Length > 0)
        {
            w.Heading("Answered no", size: 11);
            w.Paragraph(string.Join("; ", negative.Select(a => a.Question)) + ".", PageWriter.Font(8), XBrushes.Black, indent: 6);
        }
    }

    private static void WritePlan(PageWriter w, ReportModel model, XFont body)
    {
        w.Heading("Plan and progress");
        w.Paragraph($"Current phase: {model.PlanPhase}. Adherence: {model.Adherence}", body, XBrushes.Black);
        foreach (var exercise in model.Exercises.Take(8))
        {
            w.Paragraph($"- {exercise.Name}: {exercise.Dosage}", body, XBrushes.Black, indent: 6);
        }

        foreach (var outcome in model.Outcomes)
        {
            w.Paragraph(string.Create(CultureInfo.InvariantCulture, $"{outcome.Measure}: {outcome.Baseline:0.#} at the start, {outcome.Current:0.#} now - {outcome.Meaning}"), body, XBrushes.Black);
        }
    }
}
