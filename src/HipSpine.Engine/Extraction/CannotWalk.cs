using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// "I can't walk", "couldn't walk", "unable to walk" is read by the lexicon as not bearing weight
/// (<c>func.cannot_bear_weight</c>); over the spent stories the same words were annotated difficulty walking or standing
/// (<c>func.difficulty_walking_standing</c>) in most stories that have them (round 36: 26 of 34 stories), and a
/// lexicon phrase gives one finding. So a counted reading of not bearing weight that ends on "walk" adds the difficulty with
/// the same span, value and context. Not "can't walk on that leg", which is putting weight on it, nor "can't walk even with
/// crutches". "Can't walk at all" is read too: over the spent folders the stories that say it annotate
/// the difficulty as well whenever the inability comes from pain (six that were missed), and leave it blank only where the
/// legs have gone weak or are paralysed (the cauda equina and paralysis stories: not bearing weight alone), so "at all" is
/// left out only in a story that tells of weakness or paralysis. The other inabilities ("can't put weight on it",
/// "haven't been able to take a step") do not end on "walk".
/// <para>"I can barely (hardly) get about": the lexicon holds "barely get around", but "about" is a stop word, so its
/// phrase would be "barely get" and read "can barely get dressed"; a word pattern holds it.</para>
/// </summary>
internal static class CannotWalk
{
    private const string Difficulty = "func.difficulty_walking_standing";
    private const string CannotBearWeight = "func.cannot_bear_weight";

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Difficulty) is not { } difficulty || mentions.Exists(m => m.Code == Difficulty && m.Counted))
        {
            return;
        }

        var walking = mentions.Find(m => m.Code == CannotBearWeight && m.Counted && !m.Negated && m.Value.AsBool && EndsOnAWalk(tokens, m.End));
        if (walking is not null)
        {
            mentions.Add(walking with { Finding = difficulty });
            return;
        }

        WordPatternFinding.AddFirst(Difficulty, HardlyGetAbout, tokens, context, vocabulary, mentions);
        CarriedByOthers.Add(tokens, context, vocabulary, mentions);
    }

    /// <summary>Whether the mention ending at <paramref name="end"/> ends on "walk", not followed by "on" ("can't walk on that
    /// leg" is putting weight on it), "even with", or, in a story of weak or paralysed legs, "at all" within a few words.</summary>
    private static bool EndsOnAWalk(List<TextToken> tokens, int end)
    {
        var walk = tokens.FindIndex(t => t.End == end);
        if (walk < 0 || tokens[walk].Lower != "walk")
        {
            return false;
        }

        string Next(int n) => walk + n < tokens.Count && tokens[walk + n].Clause == tokens[walk].Clause ? tokens[walk + n].Lower : "";
        if (Next(1) == "on" || (Next(1) == "even" && Next(2) == "with"))
        {
            return false;
        }

        if (!tokens.Exists(TellsOfWeakLegs))
        {
            return true;
        }

        for (var n = 1; n <= 4; n++)
        {
            if (Next(n) == "at" && Next(n + 1) == "all")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"weak", "weaker", "weakness", "paralysed", "paralysis": an inability to walk told with these is the legs'
    /// loss, which the spent stories annotate as not bearing weight alone.</summary>
    private static bool TellsOfWeakLegs(TextToken token) =>
        token.Lower.StartsWith("weak", StringComparison.Ordinal) || token.Lower.StartsWith("paraly", StringComparison.Ordinal);

    /// <summary>The last token of "barely (hardly) get about" starting at i, or null.</summary>
    private static int? HardlyGetAbout(List<TextToken> tokens, int i) =>
        tokens[i].Lower is "barely" or "hardly" && i + 2 < tokens.Count && tokens[i + 1].Lower == "get" && tokens[i + 2].Lower == "about"
            && tokens[i + 2].Clause == tokens[i].Clause
            ? i + 2
            : null;
}
