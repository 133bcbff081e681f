using System.Globalization;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Care;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli.Commands;

/// <summary>The readable form of a result for <c>--format text</c>.</summary>
internal static class TextReport
{
    public static void Write(TextWriter output, KnowledgeBase knowledge, AssessmentResult result)
    {
        var level = knowledge.Vocabulary.Urgencies.First(u => u.Id == result.Urgency);
        output.WriteLine($"Case {result.Id ?? "(no id)"}");
        output.WriteLine($"  Urgency: {result.Urgency} - {level.Meaning}");
        foreach (var reason in result.UrgencyReasons)
        {
            output.WriteLine($"    [{reason.Urgency}] {reason.Name} ({string.Join(", ", reason.Findings)})");
            output.WriteLine($"      {reason.Advice}");
        }

        if (result.UnansweredRedFlags.Count > 0)
        {
            output.WriteLine($"  Warning signs not answered: {string.Join(", ", result.UnansweredRedFlags)}");
        }

        output.WriteLine("  Likely sources:");
        foreach (var source in result.Sources.Take(5))
        {
            var name = knowledge.Vocabulary.FindSource(source.Id)?.Name ?? source.Id;
            var percent = (source.Probability * 100).ToString("0", CultureInfo.InvariantCulture);
            output.WriteLine($"    {percent,3}%  {name}");
            foreach (var e in source.Evidence.Take(4))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"          {e.Finding} = {e.Value}: LR {e.LikelihoodRatio:0.##}"));
            }
        }

        output.WriteLine($"  Pattern: {CareCodes.Code(result.Pattern)}");
        output.WriteLine($"  Knowledge: {result.KnowledgeVersion}");
        output.WriteLine("  HipSpine informs and triages; it does not diagnose.");
        output.WriteLine();
    }
}
