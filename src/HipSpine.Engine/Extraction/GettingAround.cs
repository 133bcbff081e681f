using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// An inability said once over a list of activities is difficulty walking or standing: "I couldn't sit, stand or
/// walk", "can't stand or walk for more than 5 minutes", "could barely stand, let alone walk", "I find it hard to
/// stand up for long or walk properly". The list shares its "can't" as a list of aggravating activities shares its
/// "makes it worse" (<see cref="ActivityLists"/>), but no lexicon phrase can hold a list: the lexicon reads at most one
/// activity next to the cue. At least two activities must be named, joined by a comma or a word of the list, and one
/// of them standing or walking ("I can't sit or bend" is not about getting about); "I can't stand up or walk at all"
/// is not bearing weight, a finding of its own.
/// <para>So is walking said first and then called hard: "walking has become a struggle", "walking is becoming
/// unbearable", "walking has got gradually harder", "walking, standing and even lying down are almost impossible". The
/// lexicon holds "walking is difficult" but not every verb and adverb people put between; a painful walk ("walking is
/// agony") is pain on walking, not this finding, so only words of hardship count.</para>
/// </summary>
internal static class GettingAround
{
    private const string Code = "func.difficulty_walking_standing";

    /// <summary>Words that say the person cannot, or can hardly, do what follows.</summary>
    private static readonly HashSet<string> InabilityCues = new(StringComparer.Ordinal)
    {
        "can't", "cant", "cannot", "couldn't", "couldnt", "barely", "hardly",
    };

    /// <summary>Words that say it with "to" after them ("hard to stand up for long or walk", "struggle to stand up, sit down").</summary>
    private static readonly HashSet<string> HardToCues = new(StringComparer.Ordinal)
    {
        "hard", "difficult", "struggle", "struggling", "unable",
    };

    private static readonly HashSet<string> Activities = new(StringComparer.Ordinal)
    {
        "sit", "stand", "walk", "lie", "bend", "sleep", "drive", "move",
    };

    /// <summary>Words that join the activities of one list ("sit, stand or walk", "stand up or walk", "stand, let alone walk").</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "or", "and", "nor", "let", "alone", "up", "down", "even", "properly", "upright", "still", "for", "long",
    };

    /// <summary>Words of "is", "has become", "is getting" and their adverbs, between the walking and the hardship.</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "has", "have", "become", "becoming", "got", "getting", "gets",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "gradually", "really", "very", "so", "almost", "now", "more", "increasingly", "too", "just", "a", "an", "real", "bit",
        "quite", "pretty", "much", "and", "or", "even", "down", "standing", "sitting", "lying",
    };

    private static readonly HashSet<string> Hardships = new(StringComparer.Ordinal)
    {
        "struggle", "hard", "harder", "difficult", "impossible", "unbearable", "effort", "ordeal", "chore",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        WordPatternFinding.AddFirst(Code, (t, i) => InabilityOverAList(t, i) ?? ActivityCalledHard(t, i, "walking") ?? StandingUp.Read(t, i) ?? WalkingAid.Read(t, i), tokens, context, vocabulary, mentions);
        WordPatternFinding.AddFirst("func.cannot_bear_weight", StandingUp.CannotStandUpNow, tokens, context, vocabulary, mentions); // "I cant even stand up."
        CannotWalk.Add(tokens, context, vocabulary, mentions);
        WalkingEffort.Add(tokens, context, vocabulary, mentions);
        SlowWalking.Add(tokens, context, vocabulary, mentions);
    }

    /// <summary>The last token of "walking (is, has become ...) hard" (or another activity) starting at i, or null.</summary>
    internal static int? ActivityCalledHard(List<TextToken> tokens, int i, string activity)
    {
        if (tokens[i].Lower != activity)
        {
            return null;
        }

        var copula = false;
        for (var k = i + 1; k < tokens.Count && k <= i + 8 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            var word = tokens[k].Lower;
            if (copula && Hardships.Contains(word))
            {
                return k;
            }

            if (Copulas.Contains(word))
            {
                copula = true;
            }
            else if (!Adverbs.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The last token of an inability said over two or more activities, one of them standing or walking, or null.</summary>
    private static int? InabilityOverAList(List<TextToken> tokens, int i)
    {
        var clause = tokens[i].Clause;
        var k = i + 1;
        if (HardToCues.Contains(tokens[i].Lower) && k < tokens.Count && tokens[k].Lower == "to" && tokens[k].Clause == clause)
        {
            k++;
        }
        else if (!InabilityCues.Contains(tokens[i].Lower))
        {
            return null;
        }

        if (k < tokens.Count && tokens[k].Lower is "even" or "really" or "properly")
        {
            k++;
        }

        var count = 0;
        var upright = false;
        var last = -1;
        for (var gap = 0; k < tokens.Count && tokens[k].Clause == clause && gap <= 4; k++)
        {
            var word = tokens[k].Lower;
            if (Activities.Contains(word))
            {
                if (count > 0 && gap == 0 && !tokens[k].AfterComma)
                {
                    break; // two activities must be joined by a comma or a word of the list
                }

                count++;
                upright |= word is "stand" or "walk";
                last = k;
                gap = 0;
            }
            else if (count > 0 && ListWords.Contains(word))
            {
                gap++;
            }
            else
            {
                break;
            }
        }

        // "I can't stand up or walk at all" is not bearing weight, a finding of its own.
        var atAll = last + 2 < tokens.Count && tokens[last + 1].Lower == "at" && tokens[last + 2].Lower == "all";
        return count >= 2 && upright && !atAll ? last : null;
    }
}
