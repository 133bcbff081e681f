namespace HipSpine.Engine.Extraction;

/// <summary>
/// Two more lay ways of saying the pain has come before (<c>episode.recurrent</c>), built of words too common to be lexicon
/// phrases:
/// <list type="bullet">
/// <item>the back put out, tweaked or gone in the perfect tense, closed by "before": "I've tweaked it before", "my back's gone
/// out before", "I've thrown it out before but ...". The perfect with "before" says it happened at an earlier time; only a
/// verb of a back going or being hurt counts ("I've tried it before" is care, "I've had kidney stones before" another
/// illness), and only the person or the back is its subject; "before" followed by what set the times off ("I've thrown it
/// out before rolling over in bed, putting socks on") closes it too. "Again" in place of "before" says the same of this
/// time ("I've put my back out again", "my lower back has gone out again"), and with no subject when the verb opens its
/// sentence ("Done it again!"); a bare "it's gone again" is the pain gone away, so "gone" needs "out" or an object;</item>
/// <item>a pain that "comes and goes" told over years after it: "a dull ache that comes and goes for 2, maybe 3 years", "it
/// comes and goes but it's got worse over the years", "it comes and goes but every year it hurts more", or several years told
/// before it ("for five years I've had a pain in my hip that comes and goes"). Within weeks it is
/// one episode that varies ("for 3 weeks, it comes and goes"), as with "on and off" (<see cref="Recurrence"/>).</item>
/// </list>
/// </summary>
internal static class EarlierTimes
{
    /// <summary>Verbs of a back going or being hurt, as past participles.</summary>
    private static readonly HashSet<string> HurtVerbs = new(StringComparer.Ordinal)
    {
        "tweaked", "pulled", "strained", "hurt", "injured", "done", "thrown", "put", "gone", "ricked", "cricked", "twisted",
        "jarred", "wrenched", "slipped", "locked", "seized", "buggered", "knackered",
    };

    /// <summary>The person or the back as the subject of a perfect: "I've", "my back's", "it has".</summary>
    private static readonly HashSet<string> PerfectSubjects = new(StringComparer.Ordinal)
    {
        "i've", "ive", "back's", "backs", "it's", "hip's",
        // Round 80: the pluperfect tells the same earlier time from a later one ("I thought I'd tweaked it again").
        "i'd",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "out", "in", "up", "again" };

    /// <summary>Simple pasts unlike their participles: "I did my back in again", "threw my back out again" (round 71).</summary>
    private static readonly HashSet<string> SimplePasts = new(StringComparer.Ordinal) { "did", "threw" };

    /// <summary>How far before "that comes and goes" the pain may be named ("a dull ache on the left side of my back that comes and goes").</summary>
    private const int Near = 8;

    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal) { "it", "this", "that" };

    /// <summary>The last token of a match starting at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i) => HurtBefore(tokens, i) ?? ComesAndGoesOverYears(tokens, i);

    /// <summary>"I've tweaked it before", "my back's gone out before": the last token ("before") of a match starting at i, or null.</summary>
    private static int? HurtBefore(List<TextToken> tokens, int i)
    {
        // The subject: "I've", "ive", "my back's", or "I have" / "my back has"; or none when the verb opens its sentence
        // ("Done it again!", "Thrown my back out again").
        var k = i;
        // Round 71: the simple past with "again" says the same of this time ("I did my back in again", "I put my back out
        // again", "Did my back in AGAIN."); it needs "again", since "I tweaked it before the race" dates another event.
        var simplePast = false;
        if (PerfectSubjects.Contains(tokens[k].Lower))
        {
            k++;
        }
        else if (k + 1 < tokens.Count && tokens[k].Lower == "i" && (HurtVerbs.Contains(tokens[k + 1].Lower) || SimplePasts.Contains(tokens[k + 1].Lower)))
        {
            k++;
            simplePast = true;
        }
        else if (SimplePasts.Contains(tokens[k].Lower) && (k == 0 || tokens[k - 1].Sentence != tokens[k].Sentence))
        {
            simplePast = true;
        }
        else if (k + 1 < tokens.Count && ((tokens[k].Lower == "i" && tokens[k + 1].Lower == "have") || (tokens[k].Lower is "back" or "it" && tokens[k + 1].Lower == "has")))
        {
            k += 2;
        }
        else if (!(HurtVerbs.Contains(tokens[k].Lower) && (k == 0 || tokens[k - 1].Sentence != tokens[k].Sentence)))
        {
            return null;
        }

        if (k < tokens.Count && tokens[k].Lower is "already" or "definitely" or "often" or "just")
        {
            k++;
        }

        if (k >= tokens.Count || !(HurtVerbs.Contains(tokens[k].Lower) || (simplePast && SimplePasts.Contains(tokens[k].Lower))) || tokens[k].Clause != tokens[i].Clause)
        {
            return null;
        }

        // "did" is a back hurt only as "did my back (hip) in": "I did it again" may be anything done
        var did = tokens[k].Lower == "did";
        var verb = k;
        k++;
        // What went or was hurt: "it", "this", "my back", "my hip" (one word after "my").
        if (k < tokens.Count && Objects.Contains(tokens[k].Lower))
        {
            k++;
        }
        else if (k + 1 < tokens.Count && tokens[k].Lower == "my")
        {
            k += 2;
        }

        if (did && (verb + 1 >= tokens.Count || tokens[verb + 1].Lower != "my" || k >= tokens.Count || tokens[k].Lower != "in"))
        {
            return null;
        }

        if (k < tokens.Count && tokens[k].Lower != "again" && Particles.Contains(tokens[k].Lower))
        {
            k++;
        }

        if (simplePast && (k >= tokens.Count || tokens[k].Lower != "again"))
        {
            return null;
        }

        if (k < tokens.Count && tokens[k].Lower == "again" && tokens[k].Segment == tokens[i].Segment)
        {
            return AgainCloses(tokens, verb, k) ? k : null; // "I've put my back out again", "my lower back has gone out again", "Done it again!"
        }

        // "before" closes its part of the sentence ("... before but", "... before (upper back that time)", "... before over the
        // years"): not "before I could sit down" nor "before the op", where it dates another event.
        if (k >= tokens.Count || tokens[k].Lower != "before" || tokens[k].Segment != tokens[i].Segment)
        {
            return null;
        }

        // "before rolling over in bed, wrapping my hair in a towel": the earlier times told by what set them off.
        var closes = k + 1 >= tokens.Count || tokens[k + 1].Segment != tokens[k].Segment || tokens[k + 1].Lower is "but" or "over" or "and" or "too" or "though"
            || tokens[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal);
        return closes ? k : null;
    }

    /// <summary>
    /// Whether "again" at k, right after the hurt verb at <paramref name="verb"/> and what it hurt, tells the back gone once
    /// more: something stands between (an object or "out"), since a bare "it's gone again" is the pain gone away.
    /// </summary>
    private static bool AgainCloses(List<TextToken> tokens, int verb, int k) => k > verb + 1 || tokens[verb].Lower != "gone";

    /// <summary>"It comes and goes ... over the years": the last token of "comes and goes" at i told over years after it, or null.</summary>
    private static int? ComesAndGoesOverYears(List<TextToken> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i].Lower is not ("comes" or "come") || tokens[i + 1].Lower != "and"
            || tokens[i + 2].Lower is not ("goes" or "go") || tokens[i + 2].Clause != tokens[i].Clause)
        {
            return null;
        }

        // The pain or "it" comes and goes, not a rash, a fever or an urge: the subject is the word before, or "that" after a pain
        // named in its clause.
        var subject = i - 1;
        if (subject < 0 || tokens[subject].Clause != tokens[i].Clause)
        {
            return null;
        }

        var said = tokens[subject].Lower is "it" or "sciatica" || MentionRules.IsPainWord(tokens[subject].Lower)
            || (tokens[subject].Lower is "that" or "which" && Enumerable.Range(Math.Max(0, subject - Near), subject - Math.Max(0, subject - Near))
                .Any(k => tokens[k].Clause == tokens[i].Clause && MentionRules.IsPainWord(tokens[k].Lower)));
        if (!said)
        {
            return null;
        }

        // A span of years after it in its sentence: "for 2, maybe 3 years", "over the years", "every year".
        for (var k = i + 3; k < tokens.Count && tokens[k].Sentence == tokens[i].Sentence; k++)
        {
            if (tokens[k].Lower is "years" or "year" or "yrs" or "decades")
            {
                return i + 2;
            }
        }

        // Round 80: or years told before it in its sentence ("For three years I've had pain in my hip that comes and goes"): only
        // a span of several years, since "a year and a half ago, a dull pain that came and went" may be the one spell.
        for (var k = i - 1; k >= 0 && tokens[k].Sentence == tokens[i].Sentence; k--)
        {
            if (tokens[k].Lower is "years" or "yrs" or "decades")
            {
                return i + 2;
            }
        }

        return null;
    }
}
