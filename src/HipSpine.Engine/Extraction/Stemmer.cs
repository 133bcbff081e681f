namespace HipSpine.Engine.Extraction;

/// <summary>
/// A light English suffix stripper (in the spirit of Porter's step 1 and the Lovins "s" stemmer), enough to
/// make "walking", "walks" and "walked" meet "walk", and "aching" meet "ache". Written here rather than
/// taken from Lucene.Net's analysers because those come as a pre-release with their own token-stream
/// machinery; the engine needs one pure, allocation-light function over a lower-cased word.
/// </summary>
internal static class Stemmer
{
    // People often type "cant" for "can't" ("i cant sit at all"); the phrase is the same, so the stem is too. Only this
    // one: "couldnt", "didnt" and "dont" were tried over the spent batches and each brought as many false readings as
    // true ones (a "couldnt walk without pain" read as not bearing weight, "didnt help my stomach" as belly pain).
    private const string CantWithoutApostrophe = "cant";

    public static string Stem(string word)
    {
        if (word == CantWithoutApostrophe)
        {
            return "can't";
        }

        var w = word;
        if (w.Length <= 3)
        {
            return w;
        }

        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.EndsWith("ness", StringComparison.Ordinal) && w.Length > 6)
        {
            w = w[..^4];
        }
        else if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') && w.Length > 3)
        {
            w = w[..^1];
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 && HasVowel(w.AsSpan(0, w.Length - 3)))
        {
            w = Undouble(w[..^3]);
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && HasVowel(w.AsSpan(0, w.Length - 2)))
        {
            w = Undouble(w[..^2]);
        }
        else if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^2];
        }

        // "ache"/"aching", "tingle"/"tingling": a final e is dropped so both meet.
        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool HasVowel(ReadOnlySpan<char> s) => s.IndexOfAny("aeiouy") >= 0;

    private static string Undouble(string w) =>
        w.Length > 2 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'f' or 'a' or 'e' or 'i' or 'o' or 'u') ? w[..^1] : w;
}
