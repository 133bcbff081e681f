namespace HipSpine.Engine.Extraction;

internal sealed partial class ContextAnnotator
{
    /// <summary>
    /// Whether the "my" at token k ends the reach of another person named before it: "I was helping a friend carry his
    /// sofa and something went in my lower back", "I helped someone move and felt a bolt of pain in my lower back" - the
    /// friend is the occasion, the back that went is the writer's own. Not within two words of the person, where "my"
    /// still says who the person is ("people my age", "a friend in my book club", "someone at my work"), and not for a
    /// relative (a trigger of its own kind, which "my mum" opens again).
    /// </summary>
    private bool OwnPartAfterOther(Trigger trigger, Kind kind, int k) =>
        (kind == Kind.Other && k > trigger.Last + 2 && tokens[k].Lower == "my")
        || (kind is Kind.Other or Kind.FirstDegree && ActedOnTheWriter(trigger, k));

    /// <summary>Verbs of care given to or done for the writer by the person named just before ("he gave me", "Mom took me").</summary>
    private static readonly HashSet<string> CareGivenVerbs = new(StringComparer.Ordinal)
    {
        "gave", "give", "gives", "prescribed", "prescribes", "put", "puts", "sent", "sends", "took", "takes", "referred", "showed",
    };

    /// <summary>
    /// Whether the "me" at token k ends the reach of the person named right before its verb (round 57): "the painkillers he gave me
    /// don't do much", "the exercises he gave me just made it worse", "Mom took me to a chiropractor and that made everything
    /// worse" - the doctor or the mother acted on the writer, and what the care did is the writer's own. Only "me" right after
    /// the person's verb of giving, prescribing, sending or taking; "he gave me his cold" is the writer's cold too. Not "they gave
    /// me": measured, it read the antibiotics "they gave me" as a recent infection where the writers left none, and dated an
    /// injection "they gave me yesterday" as the length, while finding nothing more.
    /// </summary>
    private bool ActedOnTheWriter(Trigger trigger, int k) =>
        k == trigger.Last + 2 && tokens[k].Lower == "me" && CareGivenVerbs.Contains(tokens[k - 1].Lower) && tokens[trigger.Last].Lower is not ("they" or "people");

    /// <summary>Words that may stand between "with" and the person it names ("with my husband", "with some friends").</summary>
    private static readonly HashSet<string> CompanyDeterminers = new(StringComparer.Ordinal) { "my", "our", "some", "a", "the", "two", "few" };

    /// <summary>
    /// Whether the person named at token i is company, told with "with": "I was standing chatting with friends and suddenly this
    /// pain started", "out for a walk with my husband when my back went". The pain told there is the writer's own;
    /// "my husband has a bad back" or "my friend with back pain" still name another person's complaint, and "pregnant with my son"
    /// the child.
    /// </summary>
    private bool InCompany(int i)
    {
        var with = i >= 1 && tokens[i - 1].Lower == "with" ? i - 1
            : i >= 2 && CompanyDeterminers.Contains(tokens[i - 1].Lower) && tokens[i - 2].Lower == "with" ? i - 2 : -1;
        // "pregnant with my son" names the child carried, not company: left as it was read before
        return with >= 0 && tokens[with].Clause == tokens[i].Clause && !(with >= 1 && tokens[with - 1].Lower == "pregnant");
    }

    /// <summary>
    /// Whether the "who" at token i opens a relative clause about the person named right before it (round 68): "my dad who had a
    /// stroke", "thinking about my dad, who had his stroke", "I don't want to end up like my uncle who had back surgery" tell of
    /// the relative, so "who" does not end the relative's reach as it ends other triggers' (the reach still ends at the writer's
    /// own "I"). Not "who also" or "who's also": "my friend who's also pregnant" says it of the writer too. Not after "he",
    /// "she", "they", "people", "someone" or "somebody", which name no one in particular.
    /// </summary>
    private bool TellsOfThePersonBefore(int i)
    {
        if ((i + 1 < tokens.Count && tokens[i + 1].Lower == "also")
            || (i + 2 < tokens.Count && tokens[i + 1].Lower is "is" or "was" && tokens[i + 2].Lower == "also"))
        {
            return false;
        }

        return triggers.Exists(t => t.Last == i - 1 && t.Kind is Kind.FirstDegree or Kind.Other
            && tokens[t.Last].Lower is not ("he" or "she" or "they" or "people" or "someone" or "somebody"));
    }
}
