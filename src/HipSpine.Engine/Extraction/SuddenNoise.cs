namespace HipSpine.Engine.Extraction;

/// <summary>
/// A noise word thrown in as the moment the pain struck: "bent over to pick up a sock and BOOM, my back", "then BAM, again",
/// "as I stood up - bang, massive pain". The writers annotate these as a sudden onset. Only the word standing alone: "didn't
/// fall or bang it", "banged my head" and "bang into the door" are the verb, and a noise that is something heard ("a bang
/// outside") has "a" or "the" before it.
/// </summary>
internal static class SuddenNoise
{
    private static readonly HashSet<string> Noises = new(StringComparer.Ordinal) { "bam", "bang", "boom", "wham", "whack" };

    /// <summary>Words after the noise that make it a verb with its object or its path ("bang it", "bang my head", "bang into").</summary>
    private static readonly HashSet<string> VerbFollowers = new(StringComparer.Ordinal)
    {
        "it", "my", "his", "her", "their", "the", "a", "into", "on", "against", "off", "up", "head", "them", "your", "out",
    };

    /// <summary>Words before the noise that make it a verb or a thing ("fall or bang", "didn't bang", "a loud bang").</summary>
    private static readonly HashSet<string> VerbLeaders = new(StringComparer.Ordinal)
    {
        "or", "to", "not", "didn't", "didnt", "did", "never", "a", "the", "loud", "big", "i", "you", "we", "they", "and", "would", "could",
    };

    /// <summary>The span of a noise word standing alone at token <paramref name="i"/>, or null.</summary>
    public static (int Start, int End)? Read(List<TextToken> tokens, int i)
    {
        if (!Noises.Contains(tokens[i].Lower))
        {
            return null;
        }

        var sentence = tokens[i].Sentence;
        var before = i > 0 && tokens[i - 1].Sentence == sentence ? tokens[i - 1].Lower : "";
        var after = i + 1 < tokens.Count && tokens[i + 1].Sentence == sentence ? tokens[i + 1].Lower : "";
        // "and BOOM": "and" leads a verb ("fell and banged") only when no pause follows the noise
        var pause = i + 1 < tokens.Count && (tokens[i + 1].AfterComma || tokens[i + 1].Sentence != sentence);
        if ((VerbLeaders.Contains(before) && !(before == "and" && pause)) || (VerbFollowers.Contains(after) && !pause))
        {
            return null;
        }

        return (i, i);
    }
}
