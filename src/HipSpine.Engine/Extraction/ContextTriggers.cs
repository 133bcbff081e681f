namespace HipSpine.Engine.Extraction;

/// <summary>
/// The trigger terms of the NegEx/ConText algorithm, as lower-case word sequences. Sources:
/// NegEx - Chapman WW et al. A simple algorithm for identifying negated findings and diseases in discharge
/// summaries. J Biomed Inform 2001;34:301-310 (pre-/post-negation and pseudo-negation phrases);
/// ConText - Harkema H et al. ConText: an algorithm for determining negation, experiencer, and temporal
/// status from clinical reports. J Biomed Inform 2009;42:839-851 (historical, hypothetical, experiencer
/// and termination triggers). The clinical-note wording of those lists ("denies", "r/o", "family history")
/// is kept and extended with the first-person lay wording of a patient's story ("I don't have", "my mum",
/// "I'm scared it's"); those additions are HipSpine's and listed in docs/free-text.md.
/// Deliberately left out: "cannot"/"can't"/"unable" (NegEx lists "cannot"), because in a story they state
/// a limitation that is itself a finding ("can't put weight on it", "can't get comfortable").
/// </summary>
internal static class ContextTriggers
{
    /// <summary>Negate the findings that follow, to the end of the clause (NegEx pre-negation).</summary>
    public static readonly string[] NegationBefore =
    [
        "no", "not", "never", "without", "denies", "denied", "deny", "none", "nor", "neither", "negative for",
        "free of", "absence of", "no sign of", "no signs of", "no evidence of", "no history of", "ruled out",
        "don't", "dont", "do not", "doesn't", "doesnt", "does not", "didn't", "didnt", "did not",
        "haven't", "havent", "have not", "hasn't", "hasnt", "has not", "hadn't", "had not", "isn't", "isnt", "is not",
        "aren't", "arent", "are not", "wasn't", "wasnt", "was not", "weren't", "no longer", "nothing like", "zero",
        // Lay denials that a body function is wrong ("nothing wrong with my bladder").
        "nothing wrong", "nothing else wrong", "nothing the matter", "nothing unusual", "nothing abnormal", "nothing different", "nothing amiss",
        // "Nothing going on with my balls" denies what it names, as "nothing wrong with" does.
        "nothing going on", "nothing going wrong",
    ];

    /// <summary>Negate the findings just before them (NegEx post-negation, with lay "is fine", "went away").</summary>
    public static readonly string[] NegationAfter =
    [
        "is fine", "are fine", "fine", "is normal", "are normal", "normal", "is ok", "are ok", "okay", "is okay",
        "gone", "went away", "has gone", "have gone", "resolved", "has resolved", "free", "not a problem", "no problem", "no problems",
        "unaffected", "is negative", "was negative", "were negative", "ruled out", "is clear", "was clear",
        // Lay normality cues ("waterworks are ok", "bowels working as usual").
        "ok", "alright", "all right", "normally", "unchanged", "as usual", "as normal", "working fine", "not affected", "no different",
        "no trouble", "no issues", "no issue",
        // A change made on purpose is not the unexplained one a warning sign asks about ("lost 25 kilos on purpose").
        "on purpose", "intentionally",
    ];

    /// <summary>Negate the finding right before them, with nothing between ("weight loss - none"); further away "none" is about something else.</summary>
    public static readonly string[] NegationRightAfter = ["none", "nil"];

    /// <summary>Look like negations but negate nothing (NegEx pseudo-negation).</summary>
    public static readonly string[] PseudoNegation =
    [
        "no increase", "not only", "not just", "not sure", "not certain", "no doubt", "not necessarily",
        "no matter", "no idea", "not cause", "no further", "can't tell", "not that",
        // A comparison says how something differs, it denies nothing after it ("it's not like my usual flares and hasn't settled");
        // "like" alone after "not" is often a filler ("I'm not like incontinent"), so only a comparison with a thing is listed.
        "not like my", "not like the", "not like before", "not like usual", "not like normal", "not like last", "not like other", "not like any other",
        // A denial of going away is a symptom that stays ("hasn't gone", "won't go away").
        "hasn't gone", "hasnt gone", "has not gone", "haven't gone", "have not gone", "not gone", "never gone", "never went away",
        "not going away", "isn't going away", "won't go away", "doesn't go away", "didn't go away", "hasn't resolved", "not resolved",
        // "Gone" with a state or a direction is a change, not a resolution ("my leg has gone numb", "it's gone down my leg").
        "gone numb", "gone dead", "gone weak", "gone stiff", "gone cold", "gone down", "gone into", "gone up", "gone round", "gone through",
        // An amount gone is an amount lost ("7 kg gone").
        "kg gone", "kilos gone", "stone gone", "pounds gone", "lbs gone", "lb gone",
        // "Without" a reason or an effort affirms what it qualifies ("lost weight without trying").
        "without trying", "without meaning to", "without dieting", "without reason", "without any reason", "without warning", "without any warning",
        // The "not" of an effort is no denial: "trying not to pass out" is a near-faint, which the spent stories annotate as a
        // faint ("nearly passed out", "about to pass out"), and "trying not to bend" denies no bending.
        "trying not to", "try not to", "tried not to", "tries not to", "best not to", "trying hard not to", "tried hard not to",
    ];

    /// <summary>The finding belongs to the past, not this episode (ConText historical).</summary>
    public static readonly string[] HistoricalBefore =
    [
        "history of", "past history of", "medical history of", "previous", "previously", "in the past", "prior",
        "used to", "used to have", "never had", "as a child", "as a teenager", "when i was younger", "when i was a child", "years back", "once had",
        "that time", "at that time", "at the time", "back then",
    ];

    /// <summary>Historical when they follow the finding in the clause ("I had sciatica years ago").</summary>
    public static readonly string[] HistoricalAfter =
    [
        "over the years", "years ago", "year ago", "yrs ago", "yr ago", "before", "at first", "in the past", "as a child", "as a teenager", "when i was younger", "long ago", "decades ago", "back in",
    ];

    /// <summary>A worry, a possibility or a condition, not a finding (ConText hypothetical, with lay worries).</summary>
    public static readonly string[] HypotheticalBefore =
    [
        "if", "in case", "should", "would", "could it be", "could be", "might be", "might have", "might", "may be", "maybe", "perhaps",
        "possibly", "whether", "what if", "rule out", "to check for", "check for", "test for", "tested for", "looked up",
        "worried", "worry", "worries", "scared", "afraid", "frightened", "terrified", "concerned", "fear", "fears",
        "booked for", "booked in for", "waiting for", "waiting list", "due to have", "planned", "going to have",
        // Care offered or sent for is not care had ("the surgeon is offering a discectomy", "sent me for spine surgery").
        "offering", "offered", "offer", "sent me for", "referred me for", "referred for",
        "wonder", "wondering", "thinks it", "think it", "thought it", "mentioned",
        "see about", "talk about", "discuss",
        // Someone's guess, and a wish or a fear of what may come ("my mate reckons it's the flu", "I don't want to end up needing a hip replacement").
        "reckons", "reckon", "thinks", "want to", "wants to", "end up",
        // Advice is not a finding ("I've been told no weight-bearing").
        "told not to", "told to avoid", "been told no", "told to rest", "advised not to", "advised to avoid",
    ];

    /// <summary>The mention is about a first-degree relative (parent, sibling, child) (ConText experiencer).</summary>
    public static readonly string[] FirstDegreeRelative =
    [
        "mother", "mum", "mom", "mam", "mummy", "father", "dad", "daddy", "parent", "parents", "sister", "brother",
        "sibling", "siblings", "son", "daughter", "twin", "children", "child", "kids", "family history", "runs in the family",
        "runs in my family", "family",
    ];

    /// <summary>The mention is about someone else (ConText experiencer "other").</summary>
    public static readonly string[] OtherPerson =
    [
        "aunt", "auntie", "uncle", "cousin", "grandmother", "grandfather", "gran", "granny", "grandma", "grandad", "grandpa",
        "nan", "nana", "niece", "nephew", "wife", "husband", "partner", "boyfriend", "girlfriend", "friend", "friends",
        "colleague", "neighbour", "neighbor", "he", "she", "they", "someone", "somebody", "people",
        // Lay words for a friend ("my mate had one and was off work for months").
        "mate", "mates", "pal", "buddy",
    ];

    /// <summary>Whether a single word names a relative or someone else (one word of <see cref="FirstDegreeRelative"/> or <see cref="OtherPerson"/>).</summary>
    public static bool NamesAnotherPerson(string lower) => Array.IndexOf(OtherPerson, lower) >= 0 || Array.IndexOf(FirstDegreeRelative, lower) >= 0;

    /// <summary>End the reach of a trigger inside a clause (ConText termination terms).</summary>
    public static readonly string[] Termination =
    [
        "which", "who", "because", "cause", "unless", "aside from", "apart from", "still", "now", "though", "and then", "then",
        "since", "so", "as well", "and it", "and it's", "and now", "and i", "and i'm", "and i've", "and ive", "and i'd", "and my", "and got", "and keeps", "and gets", "and has", "although", "but", "however", "yet", "except", "nevertheless",
    ];

    /// <summary>The person speaking of themself again ends an experiencer's reach ("pushing my husband's wheelchair when I felt a pain").</summary>
    public static readonly string[] FirstPerson = ["i", "i'm", "im", "i've", "ive", "i'd"];

    /// <summary>After a comma, a new subject ends a trigger's reach ("no tingling, I had cancer").</summary>
    public static readonly string[] NewSubject =
    [
        "i", "i'm", "im", "i've", "ive", "i'd", "it", "it's", "its", "my", "the", "this", "that", "there", "she", "he", "we", "they", "walking", "sitting",
        "with",
    ];
}
