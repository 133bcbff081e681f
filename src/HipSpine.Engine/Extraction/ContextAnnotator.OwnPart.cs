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
}
