using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A leg that no longer obeys, told in lay words, is a leg weakness (<c>neuro.leg_weakness</c>, round 74): "I can't move my
/// left leg", "I couldn't move my legs or feel them", "my legs just don't work", "my right leg basically stopped working",
/// "both my feet don't work properly". These are word patterns rather than lexicon phrases because a phrase's words may
/// stand in any order and far apart ("my legs work but I can't move my back" would match "can't move my legs"), and because
/// the guards below need the sentence. Two kinds:
/// <list type="bullet">
/// <item>the person cannot move their own leg or foot: "can't", "cannot", "couldn't", "could not", "unable to", "not able to",
/// "can no longer", then "move", then "my" (or "either", "both", "one") and the leg, or "move it"/"move them" when the
/// sentence's last body part before it is a leg or foot ("pain in my left leg and I can't move it"; "my hip ... I can't move
/// it" is a stiff or painful hip, not a weakness);</item>
/// <item>the legs or feet do not work: "my legs don't work", "won't work", "wouldn't work", "stopped working", within five
/// words of the leg in its clause.</item>
/// </list>
/// Left out on purpose, from the spent stories: the leg as the subject of "won't move" (a fractured hip after a fall, left blank),
/// "can't lift my leg" (4 of 5 pooled stories leave it blank: a painful hip or getting dressed) and dragging a leg (8 blank, 3
/// annotated and each read by another weakness word: a limp from pain). A sentence that gives pain as the reason ("couldn't move
/// my legs for the pain", "it hurt so much I couldn't move my legs", "too painful") is pain, and one that tells stiffness is a
/// stiff joint: neither is read. Denial, a worry, someone else's legs and a past episode are left to the usual context.
/// </summary>
internal static class LegThatDoesNotObey
{
    private const string Code = "neuro.leg_weakness";

    /// <summary>The legs and feet whose weakness the code is about.</summary>
    private static readonly HashSet<string> LegWords = new(StringComparer.Ordinal) { "leg", "legs", "foot", "feet" };

    /// <summary>Body parts that, named last before "it", make "can't move it" about something other than a leg.</summary>
    private static readonly HashSet<string> OtherParts = new(StringComparer.Ordinal)
    {
        "hip", "hips", "back", "neck", "arm", "arms", "shoulder", "knee", "knees", "ankle", "toe", "toes", "joint", "spine", "body",
    };

    /// <summary>Single words that say the person cannot ("can't move").</summary>
    private static readonly HashSet<string> CannotWords = new(StringComparer.Ordinal) { "can't", "cant", "cannot", "couldn't", "couldnt", "unable" };

    /// <summary>Words that may stand between the inability and "move" ("can't REALLY move", "unable TO move").</summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "to", "really", "even", "properly", "just", "actually", "at", "all" };

    /// <summary>The negated "work" of legs that do not obey.</summary>
    private static readonly HashSet<string> NotWords = new(StringComparer.Ordinal)
    {
        "don't", "dont", "doesn't", "doesnt", "won't", "wont", "wouldn't", "wouldnt", "didn't", "didnt", "not",
    };

    /// <summary>Words of pain that, told as the reason, make the leg that will not move a painful one.</summary>
    private static readonly HashSet<string> PainWords = new(StringComparer.Ordinal)
    {
        "pain", "pains", "painful", "hurt", "hurts", "hurting", "hurted", "agony", "sore",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, Read, tokens, context, vocabulary, mentions, notInThePast: true);

    /// <summary>The last token of a leg that does not obey starting at token i, or null.</summary>
    private static int? Read(List<TextToken> tokens, int i)
    {
        var end = CannotMoveTheLeg(tokens, i) ?? LegsDoNotWork(tokens, i);
        return end is { } last && !PainOrStiffnessIsTheReason(tokens, tokens[i].Sentence) ? last : null;
    }

    /// <summary>"can't move my left leg", "unable to move my legs", "couldn't move it" (a leg named just before), from the inability at i.</summary>
    private static int? CannotMoveTheLeg(List<TextToken> tokens, int i)
    {
        var k = InabilityEnd(tokens, i);
        if (k < 0)
        {
            return null;
        }

        while (k + 1 < tokens.Count && SmallWords.Contains(tokens[k + 1].Lower) && tokens[k + 1].Clause == tokens[i].Clause)
        {
            k++;
        }

        if (!At(tokens, k + 1, i, "move"))
        {
            return null;
        }

        var owner = k + 2;
        if (At(tokens, owner, i, "it") || At(tokens, owner, i, "them"))
        {
            return LastPartBefore(tokens, i) is { } part && LegWords.Contains(part) ? owner : null;
        }

        if (!(At(tokens, owner, i, "my") || At(tokens, owner, i, "either") || At(tokens, owner, i, "both") || At(tokens, owner, i, "one")))
        {
            return null;
        }

        // "my left leg", "both my legs", "one of my legs", "either foot": the leg within three words.
        for (var j = owner + 1; j <= owner + 3 && j < tokens.Count && tokens[j].Clause == tokens[i].Clause; j++)
        {
            if (LegWords.Contains(tokens[j].Lower))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>The last token of an inability starting at i ("can't", "could not", "not able to", "can no longer"), or -1.</summary>
    private static int InabilityEnd(List<TextToken> tokens, int i)
    {
        var word = tokens[i].Lower;
        if (CannotWords.Contains(word))
        {
            return i;
        }

        if (word is "could" or "can" && At(tokens, i + 1, i, "not"))
        {
            return i + 1;
        }

        if (word == "can" && At(tokens, i + 1, i, "no") && At(tokens, i + 2, i, "longer"))
        {
            return i + 2;
        }

        return word == "not" && At(tokens, i + 1, i, "able") ? i + 1 : -1;
    }

    /// <summary>"my legs don't work", "my right leg basically stopped working", "both my feet ... don't work properly", from the leg at i.</summary>
    private static int? LegsDoNotWork(List<TextToken> tokens, int i)
    {
        if (!LegWords.Contains(tokens[i].Lower) || i == 0 || tokens[i - 1].Lower is not ("my" or "left" or "right" or "both"))
        {
            return null;
        }

        for (var j = i + 1; j <= i + 5 && j < tokens.Count && tokens[j].Clause == tokens[i].Clause; j++)
        {
            if (tokens[j].Lower == "stopped" && At(tokens, j + 1, i, "working"))
            {
                return j + 1;
            }

            if (NotWords.Contains(tokens[j].Lower))
            {
                var next = j + 1 < tokens.Count && tokens[j + 1].Lower is "properly" or "really" or "just" ? j + 2 : j + 1;
                return At(tokens, next, i, "work") || At(tokens, next, i, "working") ? next : null;
            }
        }

        return null;
    }

    /// <summary>The last leg word or other body part before token i in its sentence ("pain in my left LEG and I can't move it").</summary>
    private static string? LastPartBefore(List<TextToken> tokens, int i)
    {
        for (var j = i - 1; j >= 0 && tokens[j].Sentence == tokens[i].Sentence; j--)
        {
            if (LegWords.Contains(tokens[j].Lower) || OtherParts.Contains(tokens[j].Lower))
            {
                return tokens[j].Lower;
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence gives pain as the reason ("for the pain", "with the pain", "because of the pain", "without pain", "from the
    /// pain", "too painful", "so sore", "hurt so much") or tells stiffness: the leg will not move for pain or a stiff joint.
    /// </summary>
    private static bool PainOrStiffnessIsTheReason(List<TextToken> tokens, int sentence)
    {
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Sentence != sentence)
            {
                continue;
            }

            if (tokens[j].Lower is "stiff" or "stiffness" or "seized")
            {
                return true;
            }

            if (!PainWords.Contains(tokens[j].Lower))
            {
                continue;
            }

            var before = Word(tokens, j - 1, sentence);
            var twoBefore = Word(tokens, j - 2, sentence);
            var reason = before is "for" or "from" or "without" or "too" or "so" or "that" or "with"
                || (before is "the" or "any" or "awful" or "bad" && twoBefore is "for" or "from" or "without" or "with" or "of")
                || (Word(tokens, j + 1, sentence) is "so" or "too" && Word(tokens, j + 2, sentence) == "much");
            if (reason)
            {
                return true;
            }
        }

        return false;
    }

    private static string Word(List<TextToken> tokens, int j, int sentence) =>
        j >= 0 && j < tokens.Count && tokens[j].Sentence == sentence ? tokens[j].Lower : "";

    /// <summary>Whether token j is the word, in token i's clause.</summary>
    private static bool At(List<TextToken> tokens, int j, int i, string word) =>
        j < tokens.Count && tokens[j].Clause == tokens[i].Clause && tokens[j].Lower == word;
}
