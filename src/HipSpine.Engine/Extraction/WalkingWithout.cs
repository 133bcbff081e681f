using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Can't ... without" is a double negative for bearing weight too: "I can't walk without help", "can't walk without a
/// walker", "can't walk without holding on to something" say the person walks, with an aid; "I can't put weight through
/// my legs without pain", "can't put any weight on that leg without gasping" say it hurts to. Neither is
/// <c>func.cannot_bear_weight</c> (not able to stand or walk at all), so the reading is shown and not counted; walking
/// only with help or an aid is difficulty walking or standing ("I can't walk without a walker", which the lexicon's "can't
/// walk" leaves unread as walking that is qualified: <see cref="CourseAndActivitySenses.WalkingQualified"/>). A painful walk
/// is pain on walking, which the lexicon reads on its own, not difficulty.
/// </summary>
internal static class WalkingWithout
{
    private const string CannotBearWeight = "func.cannot_bear_weight";
    private const string Difficulty = "func.difficulty_walking_standing";

    /// <summary>How far after the inability "without" may come in its clause ("can't put any weight on that leg at all without").</summary>
    private const int Reach = 8;

    /// <summary>Words between "without" and what it lacks ("without a", "without any", "without someone's").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "a", "an", "my", "some", "any", "the", "his", "her", "someone's", "somebody's", "extra", "proper",
    };

    /// <summary>Help and walking aids: walking with them is walking with difficulty.</summary>
    private static readonly HashSet<string> Aids = new(StringComparer.Ordinal)
    {
        "help", "assistance", "support", "stick", "sticks", "cane", "crutch", "crutches", "walker", "frame", "zimmer", "holding",
        "hanging", "leaning", "someone", "somebody", "aid", "aids", "rollator",
    };

    /// <summary>Words that say the person cannot do what follows.</summary>
    private static readonly HashSet<string> Inability = new(StringComparer.Ordinal)
    {
        "can't", "cant", "cannot", "couldn't", "couldnt", "unable",
    };

    /// <summary>Getting about: walking, standing, moving, getting around.</summary>
    private static readonly string[] GettingAbout = ["walk", "stand", "move", "get", "mov"];

    public static void Apply(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        var difficulty = vocabulary.FindFinding(Difficulty)!;
        WordPatternFinding.AddFirst("pain.worse_walking", WalkingWithoutPain.Read, tokens, context, vocabulary, mentions); // "couldnt walk without strong pain"
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Lower != "without" || Lacked(tokens, k) is not { } aid || !Aids.Contains(tokens[aid].Lower) || InabilityToGetAbout(tokens, k) is not { } cue)
            {
                continue;
            }

            var frame = context.Frame(cue, aid);
            if (!frame.AboutSomeoneElse && !frame.Hypothetical && !frame.Historical && !mentions.Exists(m => m.Code == Difficulty && m.Counted))
            {
                mentions.Add(new ExtractedMention(difficulty, FindingValue.Of(true), tokens[cue].Start, tokens[aid].End, false, MentionContext.Current, true));
            }
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Code != CannotBearWeight || !mention.Counted || mention.Negated || !mention.Value.AsBool)
            {
                continue;
            }

            var last = LastTokenOf(tokens, mention.End);
            if (last < 0 || Without(tokens, last) is not { } lacked)
            {
                continue;
            }

            mentions[m] = mention with { Counted = false };
            if (Aids.Contains(tokens[lacked].Lower) && !mentions.Exists(x => x.Code == Difficulty && x.Counted))
            {
                mentions.Add(mention with { Finding = difficulty, End = tokens[lacked].End });
            }
        }
    }

    // a plain loop, not a lambda: this runs for every mention of every story
    private static int LastTokenOf(List<TextToken> tokens, int end)
    {
        var last = -1;
        for (var k = 0; k < tokens.Count && tokens[k].End <= end; k++)
        {
            last = k;
        }

        return last;
    }

    /// <summary>The word "without" governs after the mention's last token, in its clause, or null.</summary>
    private static int? Without(List<TextToken> tokens, int last)
    {
        for (var k = last + 1; k < tokens.Count && k <= last + Reach && tokens[k].Clause == tokens[last].Clause; k++)
        {
            if (tokens[k].Lower != "without")
            {
                continue;
            }

            return Lacked(tokens, k);
        }

        return null;
    }

    /// <summary>The word "without" at k says is lacking, after "a", "my", "any", ..., or null.</summary>
    private static int? Lacked(List<TextToken> tokens, int k)
    {
        var j = k + 1;
        while (j < tokens.Count && tokens[j].Clause == tokens[k].Clause && Fillers.Contains(tokens[j].Lower))
        {
            j++;
        }

        return j < tokens.Count && tokens[j].Clause == tokens[k].Clause ? j : null;
    }

    /// <summary>"can't walk", "cannot stand up", "unable to get around" ending just before "without" (a word or two between), or null.</summary>
    private static int? InabilityToGetAbout(List<TextToken> tokens, int without)
    {
        for (var g = without - 1; g >= 0 && g >= without - 3 && tokens[g].Clause == tokens[without].Clause; g--)
        {
            if (!Array.Exists(GettingAbout, a => tokens[g].Lower.StartsWith(a, StringComparison.Ordinal)))
            {
                continue;
            }

            for (var c = g - 1; c >= 0 && c >= g - 3 && tokens[c].Clause == tokens[g].Clause; c--)
            {
                if (Inability.Contains(tokens[c].Lower))
                {
                    return c;
                }
            }
        }

        return null;
    }
}
