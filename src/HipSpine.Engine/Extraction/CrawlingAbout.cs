using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Getting about told by how the person gets about, not by a word of difficulty: crawling to get somewhere ("had to
/// crawl to the car", "today I'm crawling", "I crawled up the stairs") is difficulty walking or standing, which the
/// finding asks about (walking, standing or everyday things).
/// <para>The lexicon cannot hold it: "crawling" is also a sensation ("a crawling feeling", "ants crawling up my leg"), so
/// a crawl counts only as a movement (a destination after it or a subject right before it) in a sentence with no word of
/// feeling, and not when the person could not crawl at all ("couldn't crawl to the phone" is not bearing weight). A
/// walking aid used ("I've started using a walking stick") is read by <see cref="WalkingAid"/>; a limp alone is
/// <c>func.limp</c>, not this finding.</para>
/// </summary>
internal static class CrawlingAbout
{
    private const string Code = "func.difficulty_walking_standing";

    private static readonly HashSet<string> CrawlWords = new(StringComparer.Ordinal) { "crawl", "crawls", "crawled", "crawling" };

    /// <summary>Words right before a crawl that make it the person moving ("I crawled", "had to crawl", "I'm crawling").</summary>
    private static readonly HashSet<string> CrawlSubjects = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "to", "literally", "basically", "practically", "was", "am", "were", "been", "even", "just",
    };

    private static readonly HashSet<string> CannotWords = new(StringComparer.Ordinal)
    {
        "can't", "cant", "cannot", "couldn't", "couldnt", "not", "unable", "never",
    };

    /// <summary>Words right after a crawl that give it a destination ("crawl to the car", "crawled up the stairs").</summary>
    private static readonly HashSet<string> CrawlDestinations = new(StringComparer.Ordinal)
    {
        "to", "up", "down", "into", "across", "around", "round", "along", "out", "onto", "over", "off", "from", "through", "part",
        "back", "everywhere",
    };

    /// <summary>Words of a sensation: a crawl in their sentence is felt, not done.</summary>
    private static readonly HashSet<string> FeelingWords = new(StringComparer.Ordinal)
    {
        "feel", "feels", "feeling", "felt", "sensation", "sensations", "skin", "ants", "bugs", "insects", "creeping", "creepy",
        "tingle", "tingling", "tingly", "pins",
    };

    /// <summary>Body parts after "my": "crawling up my leg" is a sensation, "crawled up the stairs" a movement.</summary>
    private static readonly HashSet<string> BodyParts = new(StringComparer.Ordinal)
    {
        "leg", "legs", "thigh", "thighs", "calf", "calves", "foot", "feet", "back", "arm", "arms", "spine", "skin", "body", "neck",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, CrawlToGetAbout, tokens, context, vocabulary, mentions);

    /// <summary>The crawl token at i when it is the person getting about on hands and knees, or null.</summary>
    internal static int? CrawlToGetAbout(List<TextToken> tokens, int i)
    {
        if (!CrawlWords.Contains(tokens[i].Lower))
        {
            return null;
        }

        var sentence = tokens[i].Sentence;
        for (var k = i - 1; k >= 0 && tokens[k].Sentence == sentence; k--)
        {
            if (FeelingWords.Contains(tokens[k].Lower))
            {
                return null;
            }
        }

        for (var k = i + 1; k < tokens.Count && tokens[k].Sentence == sentence; k++)
        {
            if (FeelingWords.Contains(tokens[k].Lower) || (k <= i + 3 && tokens[k - 1].Lower == "my" && BodyParts.Contains(tokens[k].Lower)))
            {
                return null;
            }
        }

        for (var k = Math.Max(0, i - 2); k < i; k++)
        {
            if (tokens[k].Sentence == sentence && CannotWords.Contains(tokens[k].Lower))
            {
                return null; // "couldn't crawl to the phone": no getting about at all, which is not bearing weight
            }
        }

        var before = i > 0 && tokens[i - 1].Sentence == sentence && CrawlSubjects.Contains(tokens[i - 1].Lower);
        var after = i + 1 < tokens.Count && tokens[i + 1].Sentence == sentence && CrawlDestinations.Contains(tokens[i + 1].Lower);
        return before || after ? i : null;
    }
}
