namespace HipSpine.Engine.Extraction;

/// <summary>
/// Bending down or over told as one movement made (<see cref="LiftingOnset"/>): "I bent down to grab a box and got a sharp
/// pain", "she just bent over to look in a cupboard and felt something go", "I was bending down to tie my boots when it went".
/// The finding's question asks for lifting, bending or twisting, and the writers annotate a start told so as a lifting start.
/// Told with its subject right before "bent" (or "was bending ... to"): "bent over" as a posture ("walking a bit bent over",
/// "I'm bent over", "my back has got more bent over", "I was bent over washing") tells no moment, and the pool left those
/// blank. Not a habit ("every time I bent down it hurt more"). The lifting reader still asks for a beginning in the sentence,
/// so "bending over makes it worse" stays an aggravation.
/// </summary>
internal static class BentDownOrOver
{
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "i", "he", "she", "we" };

    /// <summary>Whether token i is "(I) bent" or "(I) was bending ... to" followed by "down" or "over" in its segment.</summary>
    public static bool At(List<TextToken> tokens, int i)
    {
        if (i < 1 || i + 1 >= tokens.Count || tokens[i + 1].Segment != tokens[i].Segment || tokens[i + 1].Lower is not ("down" or "over"))
        {
            return false;
        }

        return tokens[i].Lower switch
        {
            "bent" => SubjectAt(tokens, tokens[i - 1].Lower == "just" ? i - 2 : i - 1, i) && !EveryTime(tokens, i),
            // "bending" only in the past progressive, "was" right before it
            "bending" => tokens[i - 1].Lower == "was" && SubjectAt(tokens, i - 2, i) && i + 2 < tokens.Count && tokens[i + 2].Lower == "to",
            _ => false,
        };
    }

    /// <summary>Whether token k is a subject in token i's segment ("I just bent", "she was bending").</summary>
    private static bool SubjectAt(List<TextToken> tokens, int k, int i) =>
        k >= 0 && tokens[k].Segment == tokens[i].Segment && Subjects.Contains(tokens[k].Lower);

    /// <summary>"Every time I bent down": a habit, not one movement.</summary>
    private static bool EveryTime(List<TextToken> tokens, int i) =>
        i >= 3 && tokens[i - 2].Lower == "time" && tokens[i - 3].Lower == "every";
}
