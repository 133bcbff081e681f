namespace HipSpine.Engine.Extraction;

/// <summary>
/// A pain that arrived at one moment, told as an event in the past: "I bent down to pick up the cat and got a sharp pain in my
/// back", "was carrying the bins and felt this stab in my hip", "on the walk home I got a searing pain in my groin". Writers
/// annotate these as a sudden onset (pooled over the spent folders in round 29), though no word says "sudden". Two forms
/// count, each a past "got" or "felt" then "a", "an" or "this" and, within four words, a pain, stab, bolt, jolt or twinge:
/// after "and", joining the pain to the action it interrupted; or with a word of a sudden, sharp pain in between ("I got a
/// stabbing pain"). A lasting pain is told otherwise ("I've got a sharp pain", "I've had a dull pain", "I get a sharp pain
/// every time I stand up"), so "have" before "got" or any "get" is not read, nor "a dull pain" without "and", nor a pain
/// clinic or injection. Only when no other word read the onset.
/// </summary>
internal static class GotAPain
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal) { "pain", "stab", "bolt", "jolt", "twinge" };

    /// <summary>Words of a pain that came at once; the same pain told with "dull", "nagging" or "constant" is not one.</summary>
    private static readonly HashSet<string> Sharp = new(StringComparer.Ordinal)
    {
        "sharp", "stabbing", "shooting", "excruciating", "massive", "sudden", "searing", "lightning", "sharpest",
    };

    /// <summary>Words before "got" that make it a possession, not an event ("I've got a sharp pain").</summary>
    private static readonly HashSet<string> Have = new(StringComparer.Ordinal)
    {
        "i've", "ive", "have", "has", "had", "we've", "you've", "'ve", "she's", "he's", "having", "still", "always",
    };

    /// <summary>What makes "pain" part of a name of care rather than the pain ("got a pain injection").</summary>
    private static readonly HashSet<string> NotThePain = new(StringComparer.Ordinal)
    {
        "injection", "injections", "killer", "killers", "relief", "clinic", "specialist", "management", "team", "doctor", "consultant", "patch",
    };

    /// <summary>The span from "got" or "felt" at <paramref name="i"/> to the pain when it tells a pain as a moment, or null.</summary>
    public static (int Start, int End)? Read(List<TextToken> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i].Lower is not ("got" or "felt") || tokens[i + 1].Lower is not ("a" or "an" or "this")
            || !SameSentence(tokens, i, i + 1) || (i > 0 && SameSentence(tokens, i - 1, i) && Have.Contains(tokens[i - 1].Lower))
            || Head(tokens, i + 2) is not { } head)
        {
            return null;
        }

        var afterAnd = i > 0 && SameSentence(tokens, i - 1, i) && tokens[i - 1].Lower == "and";
        var sharp = false;
        for (var k = i + 2; k < head; k++)
        {
            sharp |= Sharp.Contains(tokens[k].Lower);
        }

        return afterAnd || sharp ? (i, head) : null;
    }

    private static bool SameSentence(List<TextToken> tokens, int a, int b) => tokens[a].Sentence == tokens[b].Sentence;

    /// <summary>The pain's token within four words of <paramref name="from"/> in its sentence, or null (also when it names care).</summary>
    private static int? Head(List<TextToken> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 4 && SameSentence(tokens, from, k); k++)
        {
            if (!Heads.Contains(tokens[k].Lower))
            {
                continue;
            }

            var next = k + 1 < tokens.Count && SameSentence(tokens, k, k + 1) ? tokens[k + 1].Lower : "";
            return NotThePain.Contains(next) ? null : k;
        }

        return null;
    }
}
