namespace HipSpine.Engine.Extraction;

/// <summary>
/// Two words of how the pain behaves that are often nouns of something else. "Pace" is restlessness only as a verb of
/// walking up and down ("I pace the room", "pace about"); as a noun it is a speed or a step ("a faster pace", "at 5k pace",
/// "I can only walk a few paces"). "Night" is night pain only where its statement speaks of the pain; in a statement
/// that tells only what the person does at night ("I spend most nights icing them", "a glass of wine most nights", "I
/// put my tights on at night", "spent the night on the floor") it is the time of that, not a pain that comes at night.
/// </summary>
internal static class PaceAndNightSenses
{
    /// <summary>Words after "pace" that make it the verb: walking up and down somewhere ("pace the floor", "pace round").</summary>
    private static readonly HashSet<string> PaceObjects = new(StringComparer.Ordinal)
    {
        "around", "round", "about", "up", "back", "the", "my", "our", "all", "for", "till", "until", "in", "from", "through",
    };

    /// <summary>Words of the phrases that are only a time of night ("at night", "nights", "night time").</summary>
    private static readonly HashSet<string> NightWords = new(StringComparer.Ordinal)
    {
        "at", "night", "nights", "nighttime", "time", "most", "every", "the", "a", "in",
    };

    /// <summary>Words that stand for the complaint, or tell of sleep and waking, in a statement about the night.</summary>
    private static readonly HashSet<string> ComplaintWords = new(StringComparer.Ordinal)
    {
        "it", "it's", "its", "this", "that", "worse", "bothers", "bothering", "comes", "there", "symptoms", "awake", "bed",
    };

    private static readonly string[] SleepPrefixes = ["sleep", "slept", "wak", "woke", "woken", "restless", "toss", "turn"];

    /// <summary>"a faster pace", "a few paces": the noun, not pacing about.</summary>
    public static bool PaceIsANoun(List<TextToken> tokens, PhraseMatch match)
    {
        if (match.Tokens.Length != 1 || tokens[match.FirstToken].Lower is not ("pace" or "paces"))
        {
            return false;
        }

        var next = match.FirstToken + 1;
        return next >= tokens.Count || tokens[next].Clause != tokens[match.FirstToken].Clause || !PaceObjects.Contains(tokens[next].Lower);
    }

    /// <summary>
    /// Words before "night" that name one night ("one night", "that night", "the first night", "a night's sleep"); since round 57
    /// also a day of the week ("Monday night the pain started going down my leg" dates a change, as "last night" does).
    /// </summary>
    private static readonly HashSet<string> OneNightWords =
        new(["one", "that", "first", "a", "an", "next", "same", .. WeekdayLength.Days], StringComparer.Ordinal);

    /// <summary>
    /// "It's the middle of the night (now)" tells the hour the person is writing at, not a pain that comes at night (round 57): the
    /// pool's two such sentences ("still really severe today and it's the middle of the night now", "It's the middle of the night and
    /// I'm at the out-of-hours clinic") were left blank by their writers, while a waking "in the middle of the night" is still read.
    /// </summary>
    public static bool TheHourNow(List<TextToken> tokens, PhraseMatch match)
    {
        var night = match.FirstToken;
        if (match.Tokens.Length != 1 || tokens[night].Lower is not "night" || night < 4)
        {
            return false;
        }

        var clause = tokens[night].Clause;
        if (tokens[night - 1].Lower != "the" || tokens[night - 2].Lower != "of" || tokens[night - 3].Lower != "middle" || tokens[night - 4].Lower != "the")
        {
            return false;
        }

        // "it's the middle of the night", "its now the middle of the night", "it is the middle of the night"
        for (var k = night - 5; k >= 0 && k >= night - 7 && tokens[k].Clause == clause; k--)
        {
            if (tokens[k].Lower is "it's" or "its" or "it" && (k == night - 5 || tokens[k + 1].Lower is "is" or "now" or "already"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A bare "night" that names one night or a night as a measure ("One night the pain was so bad I blacked out", "that night I got
    /// a pain", "the first night there", "sore after a night's sleep", "up several times a night", "on a night out") is when
    /// something happened, not a pain that comes at night; the spent stories leave these unannotated, even with a pain word
    /// beside them, which <see cref="NightOfSomethingDone"/> needs, and "night pain" matched across them ("one night the pain
    /// was ...") is that night's pain. "At night", "some nights", "every night" are untouched.
    /// </summary>
    public static bool OneNightNamed(List<TextToken> tokens, PhraseMatch match) =>
        tokens[match.FirstToken].Lower is "night" or "nights" or "night's" or "nights'"
        && match.FirstToken > 0 && tokens[match.FirstToken - 1].Clause == tokens[match.FirstToken].Clause
        && OneNightWords.Contains(tokens[match.FirstToken - 1].Lower);

    /// <summary>A bare time of night in a statement with no word of the pain, no score ("8/10 at night"), of sleep or of waking.</summary>
    public static bool NightOfSomethingDone(List<TextToken> tokens, PhraseMatch match)
    {
        foreach (var k in match.Tokens)
        {
            if (!NightWords.Contains(tokens[k].Lower))
            {
                return false; // a phrase that says more than the time ("wakes me at night", "night pain")
            }
        }

        var (from, to) = SymptomKinds.StatementAround(tokens, match.FirstToken);
        for (var k = from; k <= to; k++)
        {
            var word = tokens[k].Lower;
            if (MentionRules.IsSymptomWord(word) || ComplaintWords.Contains(word) || WordPrefixes.StartsWithAny(word, SleepPrefixes) || char.IsAsciiDigit(word[0]))
            {
                return false;
            }
        }

        return true;
    }
}
