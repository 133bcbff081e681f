using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Words that name a finding in one sense and something else in another, told apart by the words right beside
/// them: an "accident" with the bladder is incontinence, not an injury; "it didn't even hurt" is no pain, not no
/// injury; a place a pain runs "towards" or a cushion goes "under" is a landmark, not where it hurts; "the back of my
/// leg from the knee" is not the back of the knee; "before that" is the start of this episode, not an earlier one;
/// pain that "shoots up my back" is a direction, not drugs; a leg denied "below the knee" keeps its thigh. Each check
/// looks at a few words around the phrase. (The course and activities: <see cref="CourseAndActivitySenses"/>.)
/// </summary>
internal static class WordSenses
{
    /// <summary>Words that make an "accident" one of the bladder or the bowels ("accidents with my bladder", "a toilet accident").</summary>
    private static readonly string[] ContinencePrefixes = ["bladder", "bowel", "toilet", "waterwork", "urin", "incontinen"];

    /// <summary>Short words of the same kind, matched whole ("wee" is not "weeks").</summary>
    private static readonly HashSet<string> ContinenceWords = new(StringComparer.Ordinal)
    {
        "pee", "peed", "peeing", "wee", "weed", "weeing", "poo", "pooed", "pooing", "wet", "wetting", "soiled", "soiling",
    };

    /// <summary>Whether a word names the bladder, the bowels or the toilet ("toilet", "urine", "pee", "soiled").</summary>
    public static bool IsAContinenceWord(string lower) => ContinenceWords.Contains(lower) || WordPrefixes.StartsWithAny(lower, ContinencePrefixes);

    /// <summary>
    /// "A ketorolac shot in the hip", "a steroid jab": "shot" or "jab" after a determiner (with at most one word between) that is
    /// no word of pain is an injection, a procedure; "a pain shot into my hip" and "it shot down my leg" are the pain moving.
    /// </summary>
    public static bool IsAnInjectionShot(List<TextToken> tokens, int k) =>
        tokens[k].Lower is "shot" or "shots" or "jab" or "jabs" && k >= 1 && !MentionRules.IsSymptomWord(tokens[k - 1].Lower)
        && (tokens[k - 1].Lower is "a" or "an" or "the" or "another" || (k >= 2 && tokens[k - 2].Lower is "a" or "an" or "the" or "another"));

    /// <summary>Words after "hurt" that make it an injury to something ("didn't hurt it", "didn't hurt myself").</summary>
    private static readonly HashSet<string> HurtObjects = new(StringComparer.Ordinal)
    {
        "it", "myself", "my", "me", "anything", "something", "him", "her", "himself", "herself", "the", "your", "yourself", "his", "their", "them",
    };

    /// <summary>Words before a body site that make it a point a pain runs to or an object sits at ("towards the knee", "above my hip").</summary>
    private static readonly HashSet<string> LandmarkWords = new(StringComparer.Ordinal) { "above", "towards", "toward" };

    /// <summary>Words that end an earlier episode: with them "before that" is an episode that came and went.</summary>
    private static readonly string[] EndingPrefixes = ["went", "gone", "settl", "clear", "resolv", "better", "recover", "healed", "fine"];

    /// <summary>Words after "shooting up" that make it a direction of pain ("shoots up my back", "shooting up into my hip").</summary>
    private static readonly HashSet<string> DirectionObjects = new(StringComparer.Ordinal)
    {
        "my", "the", "into", "to", "through", "his", "her", "your", "their", "round", "around", "across", "from", "and", "towards", "toward",
    };

    /// <summary>
    /// An injury phrase used in another sense: "accident(s)" beside the bladder or the bowels ("I haven't had any accidents
    /// with my bladder"); a denial ending in "hurt" with nothing hurt ("it didn't even hurt" says no pain); a denial built on
    /// "do" in a sentence about care ("tried ibuprofen, didn't really do anything" is about the tablets).
    /// </summary>
    public static bool InjuryWordMeansSomethingElse(List<TextToken> tokens, PhraseMatch match)
    {
        foreach (var k in match.Tokens)
        {
            if (tokens[k].Lower.StartsWith("accident", StringComparison.Ordinal) && Near(tokens, k, 5, t => ContinenceWords.Contains(t) || WordPrefixes.StartsWithAny(t, ContinencePrefixes)))
            {
                return true;
            }
        }

        if (match.Phrase.Value != "false")
        {
            return false;
        }

        var last = match.LastToken;
        if (tokens[last].Lower.StartsWith("hurt", StringComparison.Ordinal)
            && (last + 1 >= tokens.Count || tokens[last + 1].Segment != tokens[last].Segment || !HurtObjects.Contains(tokens[last + 1].Lower)))
        {
            return true;
        }

        return match.Tokens.Any(k => tokens[k].Lower is "do" or "did" or "done" or "does")
            && tokens.Exists(t => t.Sentence == tokens[last].Sentence && ModifierRules.NamesCare(t.Lower));
    }

    /// <summary>
    /// A body site that is a landmark, not a place that hurts: a point a pain runs towards or lies above ("runs down my thigh
    /// towards the knee", "as far as the knee"), or where an object sits ("a pillow under my knees": "under" after a word that is
    /// no symptom; "pain just under my kneecap" is still the knee).
    /// </summary>
    public static bool IsALandmark(List<TextToken> tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && tokens[k].Segment == tokens[first].Segment && tokens[k].Lower is "my" or "the" or "his" or "her" or "your" or "their" or "both" or "right" or "left")
        {
            k--;
        }

        if (k < 0 || tokens[k].Segment != tokens[first].Segment)
        {
            return false;
        }

        var before = tokens[k].Lower;
        if (LandmarkWords.Contains(before) || (before == "as" && k >= 2 && tokens[k - 1].Lower == "far" && tokens[k - 2].Lower == "as"))
        {
            return true;
        }

        return before == "under" && k >= 1 && tokens[k - 1].Segment == tokens[first].Segment
            && !MentionRules.IsSymptomWord(tokens[k - 1].Lower) && tokens[k - 1].Lower is not ("just" or "right" or "pain" or "and" or "or");
    }

    /// <summary>
    /// "Before that" or "before this" points back within the story ("for several weeks before that I'd had a deep ache"): the
    /// start of this episode, not an earlier one, unless its sentence says that earlier pain ended ("before that I had a
    /// bout that cleared up").
    /// </summary>
    public static bool BeforeThatIsThisEpisode(List<TextToken> tokens, PhraseMatch match)
    {
        var sentence = tokens[match.FirstToken].Sentence;
        for (var k = Math.Max(0, match.FirstToken - 3); k <= match.LastToken && k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Lower == "before" && tokens[k + 1].Lower is "that" or "this" or "then" && tokens[k].Sentence == sentence)
            {
                // "Never had back pain before this" still denies an earlier episode.
                return !tokens.Exists(t => t.Sentence == sentence && (WordPrefixes.StartsWithAny(t.Lower, EndingPrefixes) || IsNegation(t.Lower)));
            }
        }

        return false;
    }

    /// <summary>Whether "shooting up" is followed by where the pain goes ("it shoots up my back"), so a direction and not drugs.</summary>
    public static bool ShootingUpIsADirection(List<TextToken> tokens, PhraseMatch match)
    {
        var last = match.LastToken;
        return match.Tokens.Any(k => tokens[k].Lower.StartsWith("shoot", StringComparison.Ordinal) || tokens[k].Lower == "shot")
            && last + 1 < tokens.Count && tokens[last + 1].Clause == tokens[last].Clause && DirectionObjects.Contains(tokens[last + 1].Lower);
    }

    /// <summary>
    /// A leg denied "below the knee" ("no pain down the leg below the knee"): only the part below the knee is denied, not the
    /// thigh or the knee above it. Returns that finding when the phrase gives it and the words right after say so.
    /// </summary>
    public static FindingDefinition? BelowTheKneeOnly(List<TextToken> tokens, PhraseMatch match)
    {
        var belowKnee = match.Phrase.Also.FirstOrDefault(a => a.Finding.Code == "where.below_knee").Finding;
        var last = match.LastToken;
        for (var k = last + 1; belowKnee is not null && k < tokens.Count && k <= last + 3 && tokens[k].Segment == tokens[last].Segment; k++)
        {
            if (tokens[k].Lower is "below" or "past" or "beyond" or "under")
            {
                var knee = k + 1 < tokens.Count && tokens[k + 1].Lower is "my" or "the" ? k + 2 : k + 1;
                return knee < tokens.Count && tokens[knee].Lower.StartsWith("knee", StringComparison.Ordinal) ? belowKnee : null;
            }
        }

        return null;
    }

    /// <summary>Body parts that, inside a body-site phrase's window, name another place ("the back of my leg from the knee").</summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "leg", "legs", "thigh", "thighs", "knee", "knees", "calf", "calves", "shin", "shins", "foot", "feet", "hip", "hips", "buttock", "buttocks",
        "bum", "groin", "back", "ankle", "ankles", "spine", "waist", "ribs",
    };

    /// <summary>
    /// A body site matched with another body part inside its window: "the back of my leg from the knee" is not "the back of my
    /// knee"; the words of a place name follow one another, unless the other part is listed with it ("hip and groin pain").
    /// </summary>
    public static bool SiteSpansAnotherPart(List<TextToken> tokens, PhraseMatch match)
    {
        for (var k = match.FirstToken + 1; k < match.LastToken; k++)
        {
            // A list shares the rest of the phrase ("hip and groin pain", "both buttocks and thighs", "into my back or down my leg").
            var listed = tokens[k + 1].Lower is "and" or "or" || tokens[k - 1].Lower is "and" or "or" || (k >= 2 && tokens[k - 1].Lower is "my" or "the" && tokens[k - 2].Lower is "and" or "or");
            if (BodyNouns.Contains(tokens[k].Lower) && Array.IndexOf(match.Tokens, k) < 0 && !listed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A body mass index told with its number answers the overweight question by the number ("BMI is 23" is no, "my BMI's 32"
    /// is yes: the question asks about 30 or more); null when no number follows within three words.
    /// </summary>
    public static bool? ObeseByTheNumber(List<TextToken> tokens, PhraseMatch match)
    {
        var last = match.LastToken;
        if (!tokens[last].Lower.StartsWith("bmi", StringComparison.Ordinal))
        {
            return null;
        }

        for (var k = last + 1; k < tokens.Count && k <= last + 3 && tokens[k].Sentence == tokens[last].Sentence; k++)
        {
            if (double.TryParse(tokens[k].Lower, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var bmi))
            {
                return bmi >= 30;
            }
        }

        return null;
    }

    /// <summary>A word that denies what follows ("never", "no", "didn't", texted "didnt").</summary>
    internal static bool IsNegation(string lower) =>
        lower is "never" or "no" or "not" or "nothing" || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("nt", StringComparison.Ordinal) && lower is "havent" or "hadnt" or "didnt" or "dont" or "doesnt" or "wasnt";

    private static bool Near(List<TextToken> tokens, int at, int reach, Func<string, bool> test)
    {
        for (var k = Math.Max(0, at - reach); k < tokens.Count && k <= at + reach; k++)
        {
            if (tokens[k].Clause == tokens[at].Clause && test(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pronouns that make "help" the help given to a person ("helped someone move", "helping him").</summary>
    private static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "someone", "somebody", "him", "her", "them", "us" };

    /// <summary>
    /// "Help" given to a person is not relief: "I helped someone move house", "helping my brother move" tell what the person
    /// did, not that moving helps the pain ("moving helps my back" still does: a back is not a person).
    /// </summary>
    public static bool HelpingSomeone(List<TextToken> tokens, PhraseMatch match)
    {
        foreach (var k in match.Tokens)
        {
            if (!tokens[k].Lower.StartsWith("help", StringComparison.Ordinal) || k + 1 >= tokens.Count)
            {
                continue;
            }

            var next = tokens[k + 1].Lower;
            if (PersonPronouns.Contains(next)
                || (next is "my" or "a" or "our" or "his" or "her" or "their" && k + 2 < tokens.Count && IsPerson(tokens[k + 2].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>People met at work or at home who are not among the experiencer triggers ("helping a coworker move").</summary>
    private static readonly HashSet<string> OtherPeople = new(StringComparer.Ordinal)
    {
        "coworker", "co-worker", "workmate", "flatmate", "roommate", "housemate", "client", "customer", "patient", "mate", "pal", "buddy",
    };

    private static bool IsPerson(string lower) =>
        OtherPeople.Contains(lower) || ContextTriggers.NamesAnotherPerson(lower);

    /// <summary>"In my socks", "in my shoes": what the person had on, not a difficulty putting them on.</summary>
    public static bool ClothingWorn(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        if (match.Tokens.Length != 1 || tokens[first].Lower is not ("socks" or "sock" or "shoes" or "slippers"))
        {
            return false;
        }

        var k = first - 1;
        if (k >= 0 && tokens[k].Lower is "my" or "his" or "her" or "bare" or "just")
        {
            k--;
        }

        return k >= 0 && tokens[k].Lower is "in" or "wearing" or "wore";
    }
}
