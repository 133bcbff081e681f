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
        kind == Kind.Other && k > trigger.Last + 2 && tokens[k].Lower == "my";

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
}
