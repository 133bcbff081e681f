namespace HipSpine.Engine.Extraction;

/// <summary>
/// Texting and spoken spellings read as the word they stand for, before stems and the lexicon see them: "outta nowhere"
/// is "out of nowhere", "sooo sore" is "so sore". Only whole words that have no other sense in a story about pain are
/// listed ("cos", a cosine, and "u", a letter in "U-bend", are not; "comfy" was measured and left out), and a letter typed
/// three or more times for stress ("baaack", "sooo") is typed once (a double letter so stressed loses its double,
/// "reallly" is "realy": there is no dictionary here to tell, and the spelling corrector mends the longer lexicon words).
/// Offsets stay those of the text, so the highlighted words are the person's own. Contractions typed without the
/// apostrophe ("dont", "didnt") are not rewritten here: the triggers list them where they are safe (see <see cref="Stemmer"/>).
/// </summary>
internal static class InformalSpelling
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["outta"] = "out", ["cuz"] = "because", ["coz"] = "because",
        ["bcoz"] = "because", ["tho"] = "though", ["thru"] = "through", ["nite"] = "night", ["nites"] = "nights",
        ["gonna"] = "going", ["wanna"] = "want", ["gotta"] = "got", ["ur"] = "your", ["pls"] = "please", ["plz"] = "please",
        ["kinda"] = "kind", ["sorta"] = "sort", ["lotta"] = "lot",
    };

    /// <summary>The standard spelling of a lower-cased word, or the word itself.</summary>
    public static string Standard(string lower)
    {
        // a word of one letter only is an abbreviation ("AAA", an aortic aneurysm), not stress
        if (lower.Length >= 4 && HasTripledLetter(lower) && lower.Any(c => c != lower[0]))
        {
            lower = CollapseTripled(lower);
        }

        return Words.TryGetValue(lower, out var standard) ? standard : lower;
    }

    private static bool HasTripledLetter(string word)
    {
        for (var k = 2; k < word.Length; k++)
        {
            if (char.IsLetter(word[k]) && word[k] == word[k - 1] && word[k] == word[k - 2])
            {
                return true;
            }
        }

        return false;
    }

    // a run of three or more of one letter is stress, typed once: "baaack" is "back", "sooo" is "so"
    private static string CollapseTripled(string word)
    {
        var chars = new System.Text.StringBuilder(word.Length);
        for (var k = 0; k < word.Length; k++)
        {
            var run = 1;
            while (k + run < word.Length && word[k + run] == word[k])
            {
                run++;
            }

            chars.Append(word[k]);
            if (run == 2 || !char.IsLetter(word[k]))
            {
                chars.Append(word, k + 1, run - 1);
            }

            k += run - 1;
        }

        return chars.ToString();
    }
}
