namespace HipSpine.Engine.Extraction;

/// <summary>The trigger table of <see cref="ContextAnnotator"/>: the kinds of trigger, the lists by first word, and matching a trigger at a token.</summary>
internal sealed partial class ContextAnnotator
{
    private enum Kind
    {
        NegationBefore,
        NegationAfter,
        NegationRightAfter,
        Pseudo,
        HistoricalBefore,
        HistoricalAfter,
        Hypothetical,
        FirstDegree,
        Other,
        Termination,
    }

    private readonly record struct Trigger(int First, int Last, Kind Kind);

    private static readonly Dictionary<string, List<(string[] Words, Kind Kind)>> ByFirstWord = Build();

    private bool Matches(int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var lower = tokens[at + k].Lower;
            if ((lower != words[k] && WithoutPossessive(lower) != words[k]) || tokens[at + k].Clause != tokens[at].Clause)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "It's getting worse - at first it came and went": "at first" opening its part, with words after it, dates what follows
    /// it, not what came before ("it was mild, at first." still dates what came before).
    /// </summary>
    private bool OpensItsPart(int first, int last) =>
        (tokens[first].Lower == "at" && last == first + 1 && tokens[last].Lower == "first" && first > 0 && tokens[first].Segment != tokens[first - 1].Segment
        && last + 1 < tokens.Count && tokens[last + 1].Clause == tokens[last].Clause) || YearsAgoOpensTheSentence(first, last);

    /// <summary>
    /// "Years ago my back got worse, then it cleared up", "Many years ago my toes went numb": a "years ago" with no count that
    /// opens its sentence dates what follows it, as it dates what comes before it when it closes a statement. A
    /// counted "two years ago" opening a sentence is left alone: it often dates the start of this pain ("Two years ago my back
    /// started hurting and it never stopped").
    /// </summary>
    private bool YearsAgoOpensTheSentence(int first, int last)
    {
        var opener = first > 0 && tokens[first - 1].Lower is "many" or "several" && tokens[first - 1].Sentence == tokens[first].Sentence ? first - 1 : first;
        return tokens[first].Lower is "years" or "yrs" or "decades" && tokens[last].Lower == "ago" && last + 1 < tokens.Count
            && tokens[last + 1].Sentence == tokens[last].Sentence && (opener == 0 || tokens[opener - 1].Sentence != tokens[opener].Sentence);
    }

    /// <summary>
    /// "Five weeks of back pain, felt like an ordinary backache at first": "at first" closing a part that says something of its
    /// own dates that part (how it felt then), not the pain named before the comma; standing alone after a comma ("it was mild,
    /// at first") it still dates what came before.
    /// </summary>
    private bool DatesOnlyItsPart(Trigger t, int mentionLast) =>
        t.Kind == Kind.HistoricalAfter && tokens[t.First].Lower == "at" && t.Last == t.First + 1 && tokens[t.Last].Lower == "first"
        && tokens[mentionLast].Segment != tokens[t.First].Segment && t.First > 0 && tokens[t.First - 1].Segment == tokens[t.First].Segment;

    /// <summary>
    /// "Before I have to sit down", "before it eases": "before" with a subject after it in its clause
    /// joins two events of one time (what comes first), so it does not date what came before it as past, as "before" closing a
    /// statement does ("I had this pain before"), nor a noun after it ("before the accident").
    /// </summary>
    private bool OpensAClause(int before) =>
        before + 1 < tokens.Count && tokens[before + 1].Clause == tokens[before].Clause && !tokens[before + 1].AfterComma
        && tokens[before + 1].Lower is "i" or "i'm" or "im" or "i've" or "ive" or "it" or "it's" or "its" or "you" or "we" or "they" or "he" or "she";

    /// <summary>"mum's" is "mum", "she's" is "she": a possessive or a contracted "is" keeps the person it names.</summary>
    private static string WithoutPossessive(string lower) =>
        lower.Length > 2 && lower.EndsWith("'s", StringComparison.Ordinal) ? lower[..^2] : lower;

    private static Dictionary<string, List<(string[] Words, Kind Kind)>> Build()
    {
        var map = new Dictionary<string, List<(string[] Words, Kind Kind)>>(StringComparer.Ordinal);
        void Add(string[] list, Kind kind)
        {
            foreach (var phrase in list)
            {
                var words = phrase.Split(' ');
                if (!map.TryGetValue(words[0], out var entries))
                {
                    map[words[0]] = entries = [];
                }

                entries.Add((words, kind));
            }
        }

        Add(ContextTriggers.NegationBefore, Kind.NegationBefore);
        Add(ContextTriggers.NegationAfter, Kind.NegationAfter);
        Add(ContextTriggers.NegationRightAfter, Kind.NegationRightAfter);
        Add(ContextTriggers.PseudoNegation, Kind.Pseudo);
        Add(ContextTriggers.HistoricalBefore, Kind.HistoricalBefore);
        Add(ContextTriggers.HistoricalAfter, Kind.HistoricalAfter);
        Add(ContextTriggers.HypotheticalBefore, Kind.Hypothetical);
        Add(ContextTriggers.FirstDegreeRelative, Kind.FirstDegree);
        Add(ContextTriggers.OtherPerson, Kind.Other);
        Add(ContextTriggers.Termination, Kind.Termination);
        return map;
    }
}
