using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Words of how the pain behaves used in an everyday sense, told apart by the words beside them: "exercises" (a programme,
/// care) are not exercise (moving about); stiffness that loosens up with time is not pain eased by moving; "two nights ago"
/// is a date and "I wake up" is no pain waking the person; an activity named with no complaint in its sentence ("I sit at a
/// desk all day") is what the person does; and "I stood up out of my chair and my hip popped" is how it began.
/// </summary>
internal static class EverydaySenses
{
    /// <summary>Word beginnings of moving about: stiffness that loosens with one of these is eased by movement.</summary>
    private static readonly string[] MovementPrefixes =
    [
        "move", "moving", "movement", "walk", "exercis", "activ", "stretch", "gym", "run", "swim", "cycl", "going", "warm", "mobil", "train",
    ];

    /// <summary>
    /// "Physio gave me exercises which help", "home exercises helped": the plural names a programme of exercises, care given
    /// for the pain, not exercise (moving about, exertion), which is what the finding asks eases the pain.
    /// </summary>
    public static bool ExercisesAreCare(List<TextToken> tokens, PhraseMatch match) =>
        Array.Exists(match.Tokens, k => tokens[k].Lower is "exercises" or "excercises");

    /// <summary>
    /// "It takes a couple of hours to loosen up": stiffness that passes with time. "Loosens up" says the pain eases with
    /// movement only when its sentence names moving ("loosens up once I get moving", "when I exercise", "with activity").
    /// </summary>
    public static bool LoosensWithTimeOnly(List<TextToken> tokens, PhraseMatch match)
    {
        if (!Array.Exists(match.Tokens, k => tokens[k].Lower.StartsWith("loosen", StringComparison.Ordinal)))
        {
            return false;
        }

        var sentence = tokens[match.FirstToken].Sentence;
        foreach (var t in tokens)
        {
            if (t.Sentence == sentence && StartsWithAny(t.Lower, MovementPrefixes))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Verbs of waking and keeping up: with no object the person is the subject ("I wake up"), not the pain.</summary>
    private static readonly HashSet<string> WakeVerbs = new(StringComparer.Ordinal)
    {
        "wake", "wakes", "waking", "woke", "woken", "keep", "keeps", "keeping", "kept",
    };

    /// <summary>Objects that make the pain what wakes or keeps up ("wakes me up", "kept her up").</summary>
    private static readonly HashSet<string> WakeObjects = new(StringComparer.Ordinal) { "me", "him", "her", "us", "them", "myself" };

    /// <summary>
    /// Night pain read in another sense: "two nights ago" dates an event; "I wake up and half an hour later I'm tired" and
    /// "I never kept up the exercises" have no pain waking or keeping anyone up (the phrases "wakes me up", "kept me up" need
    /// their object: "me" is a small word the matcher does not require).
    /// </summary>
    public static bool NightInAnotherSense(List<TextToken> tokens, PhraseMatch match)
    {
        foreach (var k in match.Tokens)
        {
            if (tokens[k].Lower is "night" or "nights" && k + 1 < tokens.Count && tokens[k + 1].Lower == "ago")
            {
                return true;
            }
        }

        if (match.Tokens.Length < 2 || !WakeVerbs.Contains(tokens[match.FirstToken].Lower))
        {
            return false;
        }

        // Only a phrase that is the verb and its particle ("wakes (me) up", "kept (me) up"): "woken by the pain" says what woke.
        foreach (var k in match.Tokens)
        {
            if (k != match.FirstToken && tokens[k].Lower is not ("up" or "awake"))
            {
                return false;
            }
        }

        var next = match.FirstToken + 1;
        return next >= tokens.Count || !WakeObjects.Contains(tokens[next].Lower);
    }

    /// <summary>Words that make an activity a complaint: the activity hurts, is hard, or makes the pain worse.</summary>
    private static readonly string[] ComplaintPrefixes =
    [
        "worse", "worst", "can't", "cant", "cannot", "couldn't", "unable", "hard", "difficult", "struggl", "trouble", "aggravat",
        "nightmare", "killer", "kill", "murder", "problem", "impossible", "tough", "agony", "uncomfortabl", "bother", "flare", "set",
        "trigger", "avoid", "limit", "manage", "barely", "hardly",
    ];

    /// <summary>
    /// An activity the person tells they do, with no complaint: "office worker so I sit at a desk most of the day". A phrase
    /// that is only the activity ("sitting at a desk", "long walks", "stairs") with "I" as its subject says what makes the
    /// pain worse only where its sentence speaks of a symptom or of a difficulty; phrases that carry their own complaint
    /// ("hurts to sit", "worse when I walk") are not checked, nor an activity said of the pain with its subject left out
    /// ("Not there all the time, just getting in and out of the car", "getting up from a chair is slow").
    /// </summary>
    public static bool ActivityWithoutComplaint(List<TextToken> tokens, PhraseMatch match, bool[] sentenceHasSymptom)
    {
        if (match.Phrase.Value == "false")
        {
            return false; // "I can walk fine" says how the pain behaves, whether or not it complains
        }

        var first = match.FirstToken;
        var doneByThePerson = false;
        for (var k = first - 1; k >= 0 && k >= first - 3 && tokens[k].Clause == tokens[first].Clause; k--)
        {
            doneByThePerson |= tokens[k].Lower is "i" or "i'm" or "im" or "i've" or "ive";
        }

        if (!doneByThePerson)
        {
            return false;
        }

        foreach (var k in match.Tokens)
        {
            if (MentionRules.IsSymptomWord(tokens[k].Lower) || StartsWithAny(tokens[k].Lower, ComplaintPrefixes))
            {
                return false;
            }
        }

        var sentence = tokens[match.FirstToken].Sentence;
        if (sentenceHasSymptom[sentence])
        {
            return false;
        }

        foreach (var t in tokens)
        {
            if (t.Sentence == sentence && StartsWithAny(t.Lower, ComplaintPrefixes))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "I stood up out of my chair to go to lunch and my hip popped", "Stood up out of my chair at work and a pain shot across
    /// my back": rising told as one past event, with no "when" or "if" before it, followed in its sentence by "and" and a
    /// beginning, is what the person was doing when it began, not what makes it worse ("it hurts when I get out of a chair").
    /// </summary>
    public static bool RisingThatBeganIt(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        var verb = -1;
        for (var k = first - 1; k >= 0 && k >= first - 2 && tokens[k].Clause == tokens[first].Clause; k--)
        {
            if (tokens[k].Lower is "stood" or "got" or "jumped" or "climbed")
            {
                verb = k;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        for (var k = verb - 1; k >= 0 && tokens[k].Sentence == tokens[verb].Sentence; k--)
        {
            if (tokens[k].Lower is "when" or "whenever" or "if" or "every" or "each" or "after" or "can't" or "cannot" or "couldn't" or "struggle")
            {
                return false;
            }
        }

        for (var k = match.LastToken + 1; k + 1 < tokens.Count && tokens[k].Sentence == tokens[first].Sentence; k++)
        {
            if (tokens[k].Lower == "and")
            {
                for (var j = k + 1; j < tokens.Count && j <= k + 4 && tokens[j].Sentence == tokens[first].Sentence; j++)
                {
                    if (MentionRules.IsOnsetVerb(tokens[j].Lower) || tokens[j].Lower is "shot" or "went" or "gave" or "twinged" or "cracked" or "clicked")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Verbs of keeping away from an activity: the relief is in not doing it.</summary>
    private static readonly HashSet<string> AvoidingWords = new(StringComparer.Ordinal)
    {
        "avoid", "avoiding", "avoided", "stopping", "stop", "stopped", "no", "less", "without", "quit", "quitting", "cutting",
    };

    /// <summary>
    /// "Lying down and avoiding sudden moves helps", "stopping running helped": what eases the pain is keeping away from the
    /// activity, not doing it; a word of avoiding within two words before the activity word of the phrase.
    /// </summary>
    public static bool ReliefByAvoiding(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        for (var k = first - 1; k >= 0 && k >= first - 2 && tokens[k].Clause == tokens[first].Clause; k--)
        {
            if (AvoidingWords.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
