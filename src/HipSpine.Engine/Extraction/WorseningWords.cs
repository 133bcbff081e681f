using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Lay ways of saying the pain is getting worse that a lexicon phrase cannot hold, because their small words are stop
/// words ("got so bad" would match "got bad pain") or their sense hangs on what follows:
/// <list type="bullet">
/// <item>a change verb and "bad" with no noun after it: "it's got so bad I can't sleep", "it got really bad last month"
/// (not "I got bad pain in my groin", which tells of a pain, nor "got a bad back", nor "it suddenly got bad", a beginning);</item>
/// <item>"ramped up" with no object: "since then it's ramped right up" (not "I ramped up my running", a training load);</item>
/// <item>a change verb and "more painful": "it became more painful", "every step got more painful";</item>
/// <item>"is (much) worse" in a clause that compares with an earlier time: "now my back pain is worse", "since then it's much worse";</item>
/// <item>"worse than" an earlier time of the same pain: "worse than the day before", "each one worse than the last", "worse than
/// it was" (not "worse than the right", a comparison of two places, nor "worse than last time", an earlier episode);</item>
/// <item>a pain told to have spread since it began: "the pain has spread down my leg" (<see cref="PainSpreading"/>);</item>
/// <item>a change verb, degree words and "worse": "it's got way worse" (<see cref="GotWorse"/>).</item>
/// <item>the pain told to escalate with a place between: "the pain low down in my back has kept escalating" (<see cref="PainEscalating"/>).</item>
/// <item>the pain told to be getting stronger: "its getting stronger day by day" (<see cref="PainGettingStronger"/>).</item>
/// <item>the pain told to keep building: "the pain kept building" (<see cref="PainKeptBuilding"/>).</item>
/// <item>the pain told in the past to be worse at a later time: "the next day it was worse" (<see cref="WorseOnALaterDay"/>).</item>
/// <item>the pain turned into a worse one or become severe: "it's turned into proper pain", "it has become unbearable" (<see cref="PainTurnedSevere"/>).</item>
/// </list>
/// </summary>
internal static class WorseningWords
{
    private const string Code = "episode.worsening";

    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "got", "gotten", "getting", "gets", "become", "became", "becoming", "grown", "grew", "growing", "gone",
    };

    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal) { "so", "really", "very", "pretty", "too", "that", "much", "even" };

    /// <summary>Words that may follow "ramped up" when it has no object ("it's ramped up and now ...").</summary>
    private static readonly HashSet<string> AfterRamp = new(StringComparer.Ordinal)
    {
        "and", "now", "since", "again", "recently", "lately", "badly", "massively", "a", "lot", "over", "in", "this", "last", "so", "even", "then",
    };

    /// <summary>Places and symptoms: after "got bad" they are what the person got ("got bad pain", "got bad cramps").</summary>
    private static readonly HashSet<string> Things = new(StringComparer.Ordinal)
    {
        "back", "hip", "hips", "leg", "legs", "knee", "knees", "groin", "buttock", "buttocks", "bum", "neck", "stomach", "belly", "tummy",
        "cramps", "cramp", "spasms", "spasm", "news", "headaches", "headache", "cold", "flu", "cough",
        // round 67: a part of the back named before it ("I've got really bad lower back pain", "now I've got bad lower back pain")
        "lower", "upper", "mid", "sciatica", "sciatic",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        WordPatternFinding.AddFirst(Code, (t, i) => GotBad(t, i) ?? RampedUp(t, i) ?? MorePainful(t, i) ?? WorseSinceThen(t, i) ?? WorseThanBefore(t, i) ?? WorseningCourse.Read(t, i) ?? GotWorse.Read(t, i) ?? PainSpreading.Read(t, i) ?? PainGettingStronger.Read(t, i) ?? PainKeptBuilding.Read(t, i) ?? WorseOnALaterDay.Read(t, i), tokens, context, vocabulary, mentions);
        // "the pain low in my back has kept escalating": the course now, so a past pain ("used to have pain that kept escalating") is not read
        WordPatternFinding.AddFirst(Code, PainEscalating.Read, tokens, context, vocabulary, mentions, notInThePast: true);
        // "years ago it turned into sciatica" tells an earlier episode, not this one's course
        WordPatternFinding.AddFirst(Code, PainTurnedSevere.Read, tokens, context, vocabulary, mentions, notInThePast: true);
        ScaredOfAnOutcome.Add(tokens, context, vocabulary, mentions); // a fear of where the course leads ("scared I'm going to end up ...")
    }

    /// <summary>Forms of "be" (and "feel") before a bare "worse": "it is worse", "it's been worse", "I feel worse".</summary>
    private static readonly HashSet<string> BeVerbs = new(StringComparer.Ordinal) { "is", "it's", "its", "been", "are", "feel", "feels", "i'm", "im" };

    /// <summary>Words that may stand between "is" and "worse" ("it's much worse", "it's been a lot worse").</summary>
    private static readonly HashSet<string> Degree = new(StringComparer.Ordinal) { "much", "far", "way", "even", "a", "lot", "bit", "little", "been", "definitely", "actually", "really", "so" };

    /// <summary>
    /// Words that compare with an earlier time ("now it's worse", "since then it's much worse", "the last 8 months it's been
    /// worse"); round 50: the day or the time told as now against the days before ("Today it's even worse", "this morning
    /// it's worse again", "This year its way worse": 4 annotated in the spent batches, none left blank).
    /// </summary>
    private static readonly HashSet<string> SinceWords = new(StringComparer.Ordinal) { "now", "since", "lately", "recently", "last", "past", "nowadays", "these", "today", "tonight" };

    /// <summary>"This" before a time ("this morning", "this year"); not "morning" alone ("in the morning it's worse" is when).</summary>
    private static bool ThisTime(List<TextToken> tokens, int j) =>
        tokens[j].Lower == "this" && j + 1 < tokens.Count && tokens[j + 1].Clause == tokens[j].Clause
        && tokens[j + 1].Lower is "morning" or "afternoon" or "evening" or "week" or "month" or "year";

    /// <summary>
    /// The last token of "is/been/feel (much) worse" at i in a clause that compares with an earlier time ("now my back pain is
    /// worse", "since then it's much worse"), or null. Not when "worse" tells what aggravates ("is worse when I walk", "worse
    /// at night", "worse in the mornings") or compares two things ("the left is worse than the right").
    /// </summary>
    private static int? WorseSinceThen(List<TextToken> tokens, int i)
    {
        if (!BeVerbs.Contains(tokens[i].Lower))
        {
            return null;
        }

        if (WorseAfterTheVerb.Index(tokens, i, Degree) is not { } k)
        {
            return null;
        }

        if (k + 1 < tokens.Count && tokens[k + 1].Clause == tokens[k].Clause && tokens[k + 1].Lower is "than" or "at" or "in" or "first" or "on" or "for" or "after" or "by")
        {
            return null;
        }

        var clause = tokens[k].Clause;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Clause == clause && (SinceWords.Contains(tokens[j].Lower) || ThisTime(tokens, j)))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The last token of "worse than" and an earlier time at i ("worse than before", "than the day before", "than the last"), or null.</summary>
    private static int? WorseThanBefore(List<TextToken> tokens, int i)
    {
        string At(int k) => k < tokens.Count && tokens[k].Segment == tokens[i].Segment ? tokens[k].Lower : "";
        if (tokens[i].Lower != "worse" || At(i + 1) != "than")
        {
            return null;
        }

        return (At(i + 2), At(i + 3), At(i + 4)) switch
        {
            ("before" or "yesterday", _, _) => i + 2,
            ("it", "was" or "used", _) => i + 3,
            ("the", "day" or "week" or "night" or "month", "before") => i + 4,
            ("the", "last" or "previous", "") => i + 3,
            ("the", "last" or "previous", "one" or "day" or "week" or "night") => i + 4,
            _ => null,
        };
    }

    /// <summary>The last token of a change verb at i, then only intensifiers, then "bad" with no noun after it, or null.</summary>
    private static int? GotBad(List<TextToken> tokens, int i)
    {
        // "Bad" compares with nothing: "my back suddenly got really bad" is how this episode began, not a change in it.
        if (!ChangeVerbs.Contains(tokens[i].Lower) || (i > 0 && tokens[i - 1].Lower is "suddenly" or "quickly" or "instantly"))
        {
            return null;
        }

        var k = i + 1;
        while (k < tokens.Count && k <= i + 3 && Intensifiers.Contains(tokens[k].Lower) && tokens[k].Segment == tokens[i].Segment)
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Lower != "bad" || tokens[k].Segment != tokens[i].Segment)
        {
            return null;
        }

        var next = k + 1 < tokens.Count && tokens[k + 1].Segment == tokens[k].Segment ? tokens[k + 1].Lower : null;
        // "it gets bad if I sit badly", "when it gets bad it spreads": what happens each time, not the course (WorseUnderACondition)
        return (next is null || !(Things.Contains(next) || MentionRules.IsSymptomWord(next))) && !WorseUnderACondition.Applies(tokens, k) ? k : null;
    }

    /// <summary>The last token of "ramped (right) up" with no object after it at i, or null.</summary>
    private static int? RampedUp(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("ramped" or "ramping" or "ramps" or "ramp"))
        {
            return null;
        }

        var k = i + 1 < tokens.Count && tokens[i + 1].Lower == "right" ? i + 2 : i + 1;
        if (k >= tokens.Count || tokens[k].Lower != "up" || tokens[k].Clause != tokens[i].Clause)
        {
            return null;
        }

        var bare = k + 1 >= tokens.Count || tokens[k + 1].Segment != tokens[k].Segment || AfterRamp.Contains(tokens[k + 1].Lower);
        return bare ? k : null;
    }

    /// <summary>The last token of a change verb, "more" (or "increasingly") and "painful" or "sore" at i, or null.</summary>
    private static int? MorePainful(List<TextToken> tokens, int i) =>
        ChangeVerbs.Contains(tokens[i].Lower) && i + 2 < tokens.Count && tokens[i + 1].Lower is "more" or "increasingly"
        && tokens[i + 2].Lower is "painful" or "sore" && tokens[i + 2].Clause == tokens[i].Clause
            ? i + 2
            : null;
}
