namespace HipSpine.Engine.Extraction;

/// <summary>A lexicon phrase found in the text: the tokens that matched it (first to last, and each one).</summary>
internal sealed record PhraseMatch(LexiconPhrase Phrase, int FirstToken, int LastToken, int[] Tokens);

/// <summary>
/// Finds lexicon phrases in tokens, tolerant of word order and inflection: every stem of the phrase must
/// appear in one clause within a window a little longer than the phrase ("worse when I walk" and "walking
/// makes it worse" both give worse + walk). Overlaps are settled greedily: more words first, then the
/// tighter window, then a written phrase before a generated one, then the entry that outranks; a token
/// belongs to one phrase only (so "back of my thigh" is not also the low back).
/// A match never reaches over a new subject ("...pain, I'm walking funny", "back pain and my leg has gone
/// numb"): the words on either side belong to different statements. A body site is a noun phrase, so its
/// words keep their written order and stay between two commas ("backs of my upper legs" is not the upper
/// back, "my back, right hip and thigh" is not the back of the thigh). An ignore phrase is an idiom, so its
/// words keep their order too ("went back" is not "my back went").
/// </summary>
internal static class PhraseMatcher
{
    /// <summary>Extra content words allowed inside a phrase's window: one for two-word phrases, two for longer ones.</summary>
    private static int Gap(int words) => Math.Min(2, words - 1);

    /// <summary>The phrases found, a token in one at most; <paramref name="dropped"/> (a phrase and its first token) are left out
    /// before overlaps are settled, so their words stay free for others.</summary>
    public static List<PhraseMatch> Match(List<TextToken> tokens, string[] stems, Lexicon lexicon, HashSet<(LexiconPhrase, int)>? dropped = null)
    {
        var content = new List<int>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Lexicon.IsStopWord(tokens[i].Lower))
            {
                content.Add(i);
            }
        }

        var breaks = ScopeBreaks.Count(tokens);
        var candidates = new List<PhraseMatch>();
        Span<int> found = stackalloc int[8];
        found.Fill(-1);
        for (var p = 0; p < content.Count; p++)
        {
            foreach (var phrase in lexicon.WithStem(stems[content[p]]))
            {
                if (phrase.Stems.Length > found.Length)
                {
                    continue;
                }

                if (TryMatchFrom(p, phrase, content, tokens, stems, breaks, found) is { } matched && dropped?.Contains((phrase, matched[0])) != true)
                {
                    candidates.Add(new PhraseMatch(phrase, matched[0], matched[^1], matched));
                }
            }
        }

        candidates.Sort(Compare);
        var taken = new bool[tokens.Count];
        var accepted = new List<PhraseMatch>();
        foreach (var candidate in candidates)
        {
            if (candidate.Tokens.Any(t => taken[t]))
            {
                continue;
            }

            foreach (var t in candidate.Tokens)
            {
                taken[t] = true;
            }

            accepted.Add(candidate);
        }

        accepted.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return accepted;
    }

    /// <summary>The tokens (in order) of a match whose leftmost word is at content position <paramref name="p"/>, or null.</summary>
    private static int[]? TryMatchFrom(int p, LexiconPhrase phrase, List<int> content, List<TextToken> tokens, string[] stems, int[] breaks, Span<int> found)
    {
        var n = phrase.Stems.Length;
        var clause = tokens[content[p]].Clause;
        var limit = Math.Min(content.Count - 1, p + n - 1 + Gap(n));
        var ordered = phrase.IsBodySite || phrase.Finding is null || phrase.HasParticle || phrase.InOrder;
        var first = Array.IndexOf(phrase.Stems, stems[content[p]]);
        if (ordered && first != 0)
        {
            return null;
        }

        found[first] = p;
        var next = 1;
        var remaining = n - 1;
        for (var q = p + 1; q <= limit && remaining > 0; q++)
        {
            var at = content[q];
            if (tokens[at].Clause != clause || breaks[at] != breaks[content[p]]
                || (phrase.IsBodySite && tokens[at].Segment != tokens[content[p]].Segment))
            {
                break;
            }

            for (var k = ordered ? next : 0; k < (ordered ? next + 1 : n); k++)
            {
                if (k != first && found[k] < 0 && phrase.Stems[k] == stems[at])
                {
                    found[k] = q;
                    remaining--;
                    next++;
                    break;
                }
            }
        }

        int[]? matched = remaining == 0 ? new int[n] : null;
        for (var k = 0; k < n; k++)
        {
            if (matched is not null)
            {
                matched[k] = content[found[k]];
            }

            found[k] = -1;
        }

        if (matched is not null)
        {
            Array.Sort(matched);
        }

        return matched;
    }

    private static int Compare(PhraseMatch a, PhraseMatch b)
    {
        var byLength = b.Phrase.Stems.Length.CompareTo(a.Phrase.Stems.Length);
        if (byLength != 0)
        {
            return byLength;
        }

        var byWindow = (a.LastToken - a.FirstToken).CompareTo(b.LastToken - b.FirstToken);
        if (byWindow != 0)
        {
            return byWindow;
        }

        var byOrigin = a.Phrase.Generated.CompareTo(b.Phrase.Generated);
        if (byOrigin != 0)
        {
            return byOrigin;
        }

        // On the same words an ignore phrase wins ("long-standing" is not worse standing).
        var byIgnore = (a.Phrase.Finding is not null).CompareTo(b.Phrase.Finding is not null);
        if (byIgnore != 0)
        {
            return byIgnore;
        }

        if (a.Phrase.Finding is { } fa && b.Phrase.Finding is { } fb)
        {
            if (a.Phrase.Outranks.Contains(fb.Code))
            {
                return -1;
            }

            if (b.Phrase.Outranks.Contains(fa.Code))
            {
                return 1;
            }
        }

        return a.FirstToken.CompareTo(b.FirstToken);
    }
}
