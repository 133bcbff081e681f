namespace HipSpine.Engine.Extraction;

/// <summary>
/// Words of the course and of activities used in another sense, told apart by the words beside them: an activity after
/// "worse" is not the one a later "better" eases; "I hurt my back lifting" tells how it began, not what makes it worse; a
/// worsening of foot ulcers is not the pain's; "slow" is not "slowly" and a pain that "went round" is a path; an onset
/// phrase in a list of what sets the pain off is an aggravation; "only walk with a stick" is how, not how far, and "can only just
/// walk" is barely.
/// </summary>
internal static class CourseAndActivitySenses
{
    /// <summary>
    /// A relief phrase matched across a comma whose activity follows "worse" in its own part ("it's worse bending forward and
    /// lifting, better lying on my back"): the relief is of the activity after the comma, the first one aggravates.
    /// </summary>
    public static bool ReliefOfAnAggravatedActivity(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        if (tokens[match.LastToken].Segment == tokens[first].Segment)
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && tokens[k].Segment == tokens[first].Segment; k--)
        {
            if (tokens[k].Lower is "worse" or "worst" || tokens[k].Lower.StartsWith("aggravat", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "I hurt my back lifting", "I've hurt myself bending", "I hurt it lifting books": "hurt" with the person as its subject and a body (or "it") as its object
    /// tells of an injury (how the pain began), not of an activity that makes it worse ("it hurts my back to lift" still does).
    /// </summary>
    public static bool InjuryToldNotAggravation(List<TextToken> tokens, PhraseMatch match)
    {
        foreach (var k in match.Tokens)
        {
            if (tokens[k].Lower == "hurt" && k >= 1 && k + 1 < tokens.Count && tokens[k - 1].Lower is "i" or "i've" or "ive" or "i'd" or "have" or "had"
                && tokens[k + 1].Lower is "my" or "myself" or "it")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Things other than the pain that get worse ("my foot ulcers are getting worse", "the rash got worse").</summary>
    private static readonly string[] OtherThings = ["ulcer", "wound", "rash", "cough", "eczema", "psoria", "cold", "flu", "chest", "skin", "eye", "vision"];

    /// <summary>
    /// A worsening whose subject, a few words before it with no word of pain between, is something other than the pain ("infected
    /// ulcers on my foot that have been getting worse"): the course of that thing, not of this episode.
    /// </summary>
    public static bool WorseningOfSomethingElse(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        for (var k = first - 1; k >= 0 && k >= first - 8 && tokens[k].Segment == tokens[first].Segment; k--)
        {
            if (MentionRules.IsPainWord(tokens[k].Lower) || tokens[k].Lower is "it" or "back" or "hip" or "leg" or "legs")
            {
                return false;
            }

            if (WordPrefixes.StartsWithAny(tokens[k].Lower, OtherThings))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An onset word in another sense: "slow" that is not "slowly" ("it slows me down", "getting up is slow" tell of no onset;
    /// "a sudden pain" still does), and "went" that goes somewhere ("pain in my back that went round into my tummy" is a path, not "my back went").
    /// "Sudden" before an urge is the bladder's or the bowel's ("a sudden urge to pee"); "straight away" after a pain told in the
    /// present is how soon an activity hurts ("bending hurts straight away"), not how the pain began ("it hurt straight away" is);
    /// an onset adverb before a verb of moving and a direction is how the pain spread ("it gradually worked down my leg");
    /// "sudden" of events told as many or as a habit is the pain's character (<see cref="SuddenAsAHabit"/>).
    /// </summary>
    public static bool OnsetWordInAnotherSense(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        var last = match.LastToken;
        if (tokens[first].Lower is "slow" or "slows" or "slowed" or "slowing" or "slower")
        {
            return true;
        }

        if (tokens[last].Lower == "sudden" && last + 1 < tokens.Count && tokens[last + 1].Lower is "urge" or "urges" or "urgency" or "need")
        {
            return true;
        }

        if (SuddenAsAHabit.Applies(tokens, match))
        {
            return true;
        }

        if (tokens[first].Lower is "straight" or "immediately" or "instantly" && first > 0 && tokens[first - 1].Segment == tokens[first].Segment
            && tokens[first - 1].Lower is "hurts" or "aches" or "stings" or "twinges" or "kills")
        {
            return true;
        }

        if (tokens[last].Lower is "gradually" or "slowly" or "suddenly" && last + 2 < tokens.Count && tokens[last + 1].Lower is "worked" or "spread" or "moved" or "crept" or "travelled" or "traveled" or "radiated"
            && tokens[last + 2].Lower is "down" or "into" or "up" or "across" or "round" or "around" or "through" or "to")
        {
            return true;
        }

        foreach (var k in match.Tokens)
        {
            if (tokens[k].Lower == "went" && k + 1 < tokens.Count && tokens[k + 1].Lower is "round" or "around" or "into" or "down" or "up" or "through" or "across" or "to" or "from")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that make an activity list an aggravation ("set off by lifting, twisting ...", "especially bending and twisting").</summary>
    private static readonly HashSet<string> AggravationWords = new(StringComparer.Ordinal)
    {
        "worse", "worst", "set", "especially", "aggravate", "aggravates", "aggravated", "triggers", "triggered", "flares",
    };

    /// <summary>
    /// An onset phrase ("bending and twisting", "twisted awkwardly") in a sentence that tells what makes the pain worse and of
    /// no beginning ("it's set off by lifting, twisting, awkward bending"): an aggravating list, not how the pain began.
    /// </summary>
    public static bool OnsetPhraseInAnAggravatingList(List<TextToken> tokens, PhraseMatch match)
    {
        var sentence = tokens[match.FirstToken].Sentence;
        return tokens.Exists(t => t.Sentence == sentence && AggravationWords.Contains(t.Lower))
            && !LiftingOnset.SentenceTellsOfABeginning(tokens, match.FirstToken);
    }

    /// <summary>"I can only walk with a stick", "only walk using a frame": how the person walks, not how far.</summary>
    public static bool WalkingManner(List<TextToken> tokens, PhraseMatch match)
    {
        var last = match.LastToken;
        return (last + 1 < tokens.Count && tokens[last + 1].Segment == tokens[last].Segment && tokens[last + 1].Lower is "with" or "using")
            || Array.Exists(match.Tokens, k => tokens[k].Lower == "only" && k + 1 < tokens.Count && tokens[k + 1].Lower == "just"); // "only just" is barely
    }

    /// <summary>
    /// "I can barely move them" (the legs), "can hardly move my leg": moving a limb, which is weakness or stiffness, not getting
    /// about ("some days I can hardly move", "I can barely move about" are).
    /// </summary>
    public static bool MovesALimb(List<TextToken> tokens, PhraseMatch match)
    {
        var last = match.LastToken;
        return tokens[last].Lower.StartsWith("move", StringComparison.Ordinal) && last + 1 < tokens.Count && tokens[last + 1].Segment == tokens[last].Segment
            && tokens[last + 1].Lower is "them" or "it" or "my" or "her" or "his" or "their" or "either" or "both" or "the" or "that" or "this" or "one"
            && !ATimeNamed(tokens, last + 1);
    }

    /// <summary>"This morning", "that day" after "move": when, not what is moved ("I can hardly move this morning", round 58).</summary>
    private static bool ATimeNamed(List<TextToken> tokens, int k) =>
        tokens[k].Lower is "this" or "that" or "the" && k + 1 < tokens.Count && tokens[k + 1].Segment == tokens[k].Segment
        && tokens[k + 1].Lower is "morning" or "afternoon" or "evening" or "week" or "day" or "weekend" or "time";

    /// <summary>
    /// "Worse the more I walk", "worse the longer I sit": a comparison ties the pain to an activity, an aggravation and not the
    /// course; "worse the longer it goes on" is still the course.
    /// </summary>
    public static bool WorseTheMore(List<TextToken> tokens, int worse)
    {
        var k = worse + 1;
        return k + 2 < tokens.Count && tokens[k].Lower == "the" && tokens[k + 1].Lower is "more" or "longer" or "further" or "farther" or "harder" or "faster"
            && tokens[k + 2].Clause == tokens[worse].Clause && tokens[k + 2].Lower is not ("it" or "time" or "this" or "days" or "weeks");
    }

    /// <summary>
    /// "It starts as soon as I start running", "when I start training": a moment within the activity under a condition, not
    /// taking it up or doing more of it ("I started running in March" still is).
    /// </summary>
    public static bool AMomentOfTheActivity(List<TextToken> tokens, PhraseMatch match)
    {
        var k = match.FirstToken - 1;
        while (k >= 0 && tokens[k].Lower is "i" or "i'm" or "im" or "we" or "you")
        {
            k--;
        }

        return k >= 0 && (tokens[k].Lower is "when" or "whenever" or "once" or "if" or "until" or "till"
            || (tokens[k].Lower == "as" && k >= 2 && tokens[k - 1].Lower == "soon" && tokens[k - 2].Lower == "as")
            || (tokens[k].Lower == "time" && k >= 1 && tokens[k - 1].Lower == "every"));
    }

    /// <summary>Words after "can't walk" that qualify the walking: how far, how, with what, or whom ("can't walk far", "without a stick").</summary>
    private static readonly HashSet<string> WalkQualifiers = new(StringComparer.Ordinal)
    {
        "without", "with", "far", "further", "farther", "as", "more", "very", "properly", "straight", "long", "for", "fast", "quickly",
        "the", "my", "our", "her", "his", "up", "uphill", "anywhere", "much", "normally", "right",
    };

    /// <summary>
    /// "I can't walk without a walker", "I can't walk my dog as far as I'd like", "can't walk far": walking that is limited, aided
    /// or done with someone, not an inability to walk or bear weight ("I can't walk", "can't walk at all" still are).
    /// </summary>
    public static bool WalkingQualified(List<TextToken> tokens, PhraseMatch match)
    {
        var walk = Array.FindLast(match.Tokens, k => tokens[k].Lower.StartsWith("walk", StringComparison.Ordinal));
        if (walk == 0 && !tokens[0].Lower.StartsWith("walk", StringComparison.Ordinal) || walk != match.LastToken || walk + 1 >= tokens.Count
            || tokens[walk + 1].Clause != tokens[walk].Clause || tokens[walk + 1].AfterComma)
        {
            return false;
        }

        return WalkQualifiers.Contains(tokens[walk + 1].Lower) || WalkedDistance.After(tokens, walk);
    }
}
