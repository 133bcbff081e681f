using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Getting about told as a struggle or an effort, or by the way the person walks, is difficulty walking or standing:
/// walking or getting about named first with a place or a list between it and the hardship ("Walking out to the car was a
/// struggle", "getting up and about is a real effort", "getting to the toilet is a struggle", "Walking and just getting
/// through the day has become a real struggle"), "the effort of walking", a shuffle told as a movement ("took me ages to
/// shuffle a few steps", "I shuffled off to bed", "I'm doing a penguin shuffle") and walking "with little steps".
/// <para><see cref="GettingAround"/> reads walking called hard only with adverbs between; a place between ("walking round
/// the supermarket is a chore") is the same complaint. The subject must open its part of the sentence (or follow "and",
/// "even", ...), so "I was walking the dog and the pain was unbearable" is a walk, not its hardship, and a word of pain or a
/// person between ends it. Stairs called a struggle are left out: the writers annotate that as often as they leave it
/// blank, and it is the stairs finding's own ground. A shuffle needs a destination or a way of moving after it, or "a" before
/// it, so "the shamrock shuffle 8k" (a race) and "shuffled the cards" do not read. Denied, possible, past and someone else's
/// getting about is left to the context frame (<see cref="WordPatternFinding"/>, with the past left out).</para>
/// </summary>
internal static class WalkingEffort
{
    private const string Code = "func.difficulty_walking_standing";

    /// <summary>Words that may come right before the walking subject when it does not open its part.</summary>
    private static readonly HashSet<string> SubjectOpeners = new(StringComparer.Ordinal)
    {
        "and", "even", "now", "but", "so", "lately", "just", "also", "then", "because", "cos", "while", "whilst", "today",
    };

    /// <summary>Places reached on foot about the house or the street ("getting to the toilet", "getting to the car").</summary>
    private static readonly HashSet<string> NearPlaces = new(StringComparer.Ordinal)
    {
        "toilet", "loo", "bathroom", "kitchen", "door", "car", "shop", "shops", "bus", "stairs", "bedroom",
    };

    /// <summary>Words between the subject and the hardship that end the statement: a new subject or a person.</summary>
    private static readonly HashSet<string> NewSubjects = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i've", "ive", "it", "it's", "its", "he", "she", "they", "we", "you", "my", "his", "her", "their",
        "that", "which", "who", "when", "if", "because", "cos",
    };

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "has", "have", "become", "becoming", "became", "becomes", "got", "getting", "gets",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "gradually", "really", "very", "so", "almost", "now", "more", "increasingly", "too", "just", "a", "an", "real", "bit",
        "quite", "pretty", "much", "all", "such", "massive", "huge", "proper", "big", "still",
    };

    private static readonly HashSet<string> Hardships = new(StringComparer.Ordinal)
    {
        "struggle", "effort", "ordeal", "chore", "hard", "harder", "difficult", "impossible", "nightmare",
    };

    private static readonly HashSet<string> ShuffleWords = new(StringComparer.Ordinal)
    {
        "shuffle", "shuffled", "shuffling", "shuffles",
    };

    /// <summary>Words right after a shuffle that make it a way of moving ("shuffle to the edge", "shuffled off to bed").</summary>
    private static readonly HashSet<string> ShuffleWays = new(StringComparer.Ordinal)
    {
        "to", "off", "round", "around", "about", "along", "into", "across", "over", "back", "up", "down", "out", "forward",
        "forwards", "slowly", "a", "from", "in", "home", "everywhere", "like",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, Read, tokens, context, vocabulary, mentions, notInThePast: true);

    /// <summary>The last token of a walking effort that starts at i, or null.</summary>
    internal static int? Read(List<TextToken> tokens, int i) =>
        WalkingCalledHard(tokens, i) ?? EffortOfWalking(tokens, i) ?? Shuffle(tokens, i) ?? LittleSteps(tokens, i);

    private static int? WalkingCalledHard(List<TextToken> tokens, int i)
    {
        if (SubjectEnd(tokens, i) is not { } end || !OpensItsPart(tokens, i))
        {
            return null;
        }

        var segment = tokens[i].Segment;
        for (var k = end + 1; k < tokens.Count && k <= end + 10 && tokens[k].Segment == segment; k++)
        {
            var word = tokens[k].Lower;
            if (NewSubjects.Contains(word) || MentionRules.IsSymptomWord(word))
            {
                return null; // "walking the dog and my back was hard to bear": the hardship is another statement's
            }

            if (!Copulas.Contains(word))
            {
                continue;
            }

            for (var j = k + 1; j < tokens.Count && j <= k + 5 && tokens[j].Segment == segment; j++)
            {
                if (Hardships.Contains(tokens[j].Lower))
                {
                    return j;
                }

                if (!Adverbs.Contains(tokens[j].Lower) && !Copulas.Contains(tokens[j].Lower))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The last token of "walking", "getting (up and) about/around/round", "getting to the toilet", "moving about".</summary>
    private static int? SubjectEnd(List<TextToken> tokens, int i)
    {
        var word = tokens[i].Lower;
        if (word == "walking")
        {
            return i;
        }

        if (word is not ("getting" or "moving") || i + 1 >= tokens.Count)
        {
            return null;
        }

        var next = tokens[i + 1].Lower;
        if (next is "about" or "around" or "round")
        {
            return i + 1;
        }

        if (word == "getting" && next == "up" && i + 3 < tokens.Count && tokens[i + 2].Lower == "and" && tokens[i + 3].Lower is "about" or "around")
        {
            return i + 3;
        }

        return word == "getting" && next == "to" && i + 3 < tokens.Count && tokens[i + 2].Lower == "the" && NearPlaces.Contains(tokens[i + 3].Lower)
            ? i + 3
            : null;
    }

    private static bool OpensItsPart(List<TextToken> tokens, int i) =>
        i == 0 || tokens[i - 1].Segment != tokens[i].Segment || SubjectOpeners.Contains(tokens[i - 1].Lower);

    /// <summary>"the effort of walking", "a struggle of getting about".</summary>
    private static int? EffortOfWalking(List<TextToken> tokens, int i) =>
        tokens[i].Lower is "effort" or "struggle" && i + 2 < tokens.Count && tokens[i + 1].Lower == "of"
        && tokens[i + 2].Segment == tokens[i].Segment && SubjectEnd(tokens, i + 2) is { } end
            ? end
            : null;

    /// <summary>A shuffle with a way of moving after it ("shuffle a few steps") or "a" before it ("a penguin shuffle").</summary>
    private static int? Shuffle(List<TextToken> tokens, int i)
    {
        if (!ShuffleWords.Contains(tokens[i].Lower))
        {
            return null;
        }

        var sentence = tokens[i].Sentence;
        var way = i + 1 < tokens.Count && tokens[i + 1].Sentence == sentence && ShuffleWays.Contains(tokens[i + 1].Lower);
        var noun = (i >= 1 && tokens[i - 1].Lower is "a" or "an") || (i >= 2 && tokens[i - 2].Lower is "a" or "an" && tokens[i - 2].Sentence == sentence);
        return way || noun ? i : null;
    }

    /// <summary>Walking "with little steps", "taking tiny steps" after a word of walking in the clause.</summary>
    private static int? LittleSteps(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("little" or "tiny" or "small" or "baby") || i + 1 >= tokens.Count || tokens[i + 1].Lower != "steps")
        {
            return null;
        }

        for (var k = i - 1; k >= 0 && k >= i - 6 && tokens[k].Clause == tokens[i].Clause; k--)
        {
            if (tokens[k].Stem == "walk")
            {
                return i + 1;
            }
        }

        return null;
    }
}
