using System.Globalization;
using HipSpine.Engine.Extraction;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Web.Story;

/// <summary>One thing understood: the person's words, what we took them to mean, and the question to change it.</summary>
public sealed record UnderstoodItem(string Words, string Meaning, FindingQuestion Question, string Value, bool Editable);

/// <summary>Words that were read but not counted, and why (a worry, the past, someone else).</summary>
public sealed record SetAsideItem(string Words, string Reason);

/// <summary>A piece of the person's text, highlighted when something was understood from it.</summary>
public sealed record TextPiece(string Text, bool Understood);

/// <summary>What the review screen shows: the text with highlights, what was understood, what was set aside.</summary>
public sealed record StoryReview(
    IReadOnlyList<TextPiece> Pieces,
    IReadOnlyList<UnderstoodItem> Understood,
    IReadOnlyList<UnderstoodItem> RedFlags,
    IReadOnlyList<SetAsideItem> SetAside,
    IReadOnlyList<string> Regions,
    string? Side)
{
    public static StoryReview Build(string text, ExtractionResult result, KnowledgeBase knowledge, StoryHandOver handOver)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(handOver);
        var understood = new List<UnderstoodItem>();
        var redFlags = new List<UnderstoodItem>();
        var regions = new List<string>();
        foreach (var (finding, value) in result.Findings)
        {
            var question = knowledge.Question(finding.Code);
            var mention = result.Mentions.First(m => m.Counted && m.Finding == finding && m.Value == value);
            var words = text[mention.Start..mention.End];
            var valueText = ValueText(finding, value);
            var meaning = Meaning(question, valueText) + (mention.Context == MentionContext.Historical ? " (in the past)" : "");
            var item = new UnderstoodItem(words, meaning, question, valueText, handOver.MayHandOver(question));
            if (question.RedFlag)
            {
                redFlags.Add(item);
            }
            else if (finding.Code.StartsWith("where.", StringComparison.Ordinal))
            {
                if (value.AsBool)
                {
                    regions.Add(finding.Code);
                }

                understood.Add(item);
            }
            else if (item.Editable)
            {
                understood.Add(item);
            }
        }

        var setAside = result.Mentions.Where(m => !m.Counted)
            .Select(m => new SetAsideItem(text[m.Start..m.End], m.Context switch
            {
                MentionContext.Hypothetical => "a worry or a possibility, not something you have",
                MentionContext.OtherPerson => "about someone else",
                MentionContext.Historical => "in the past, not now",
                MentionContext.Current => "not clear enough to count",
                _ => throw new ArgumentOutOfRangeException(nameof(result)),
            }))
            .ToArray();
        var side = result.Side?.Side switch
        {
            BodySide.Left => "Left side",
            BodySide.Right => "Right side",
            BodySide.Both => "Both sides",
            null => null,
            _ => throw new ArgumentOutOfRangeException(nameof(result)),
        };
        return new StoryReview(Cut(text, result), understood, redFlags, setAside, regions, side);
    }

    /// <summary>"No: Numbness, tingling or pins and needles in the leg or foot."</summary>
    private static string Meaning(FindingQuestion question, string value)
    {
        var meaning = question.Definition.Meaning.TrimEnd('.');
        return question.Definition.Type switch
        {
            FindingType.Bool => (value == "true" ? "Yes: " : "No: ") + meaning,
            FindingType.Int => $"{meaning}: {value}",
            FindingType.Choice => $"{meaning}: {question.ChoiceLabels.GetValueOrDefault(value) ?? value}",
            _ => meaning,
        };
    }

    private static string ValueText(FindingDefinition finding, Engine.Cases.FindingValue value) => ExtractionResult.ValueOf(finding, value) switch
    {
        bool b => b ? "true" : "false",
        int n => n.ToString(CultureInfo.InvariantCulture),
        var s => (string)s,
    };

    /// <summary>The text cut into plain and highlighted pieces (counted mentions, overlaps merged).</summary>
    private static List<TextPiece> Cut(string text, ExtractionResult result)
    {
        var pieces = new List<TextPiece>();
        var at = 0;
        foreach (var m in result.Mentions.Where(m => m.Counted).OrderBy(m => m.Start))
        {
            if (m.End <= at)
            {
                continue;
            }

            var start = Math.Max(m.Start, at);
            if (start > at)
            {
                pieces.Add(new TextPiece(text[at..start], false));
            }

            pieces.Add(new TextPiece(text[start..m.End], true));
            at = m.End;
        }

        if (at < text.Length)
        {
            pieces.Add(new TextPiece(text[at..], false));
        }

        return pieces;
    }
}
