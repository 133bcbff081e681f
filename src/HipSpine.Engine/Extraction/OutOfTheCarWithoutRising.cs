namespace HipSpine.Engine.Extraction;

/// <summary>
/// The bare "out of the car" is the rise from a car seat (<c>pain.worse_stairs_or_rising</c>) only when the person gets,
/// climbs or steps out (round 68): "getting out of the car hurts", "climbing out of the car after a long job", "when I step out
/// of the car". Without such a verb it tells a load or a child lifted out ("I lifted my son out of his car seat", "lifting the
/// shopping out of the back of the car"), or a way walked or rolled to the car ("walking out to the car", "I had to roll out of
/// the house to the car"): every pooled reading told so (4) is blank, every one with the verb is annotated.
/// </summary>
internal static class OutOfTheCarWithoutRising
{
    /// <summary>Verbs of the person leaving the seat, right before "out": "getting out", "climbing out", "step out".</summary>
    private static readonly HashSet<string> RisingVerbs = new(StringComparer.Ordinal)
    {
        "get", "gets", "getting", "got", "climb", "climbs", "climbing", "climbed", "step", "steps", "stepping", "stepped",
        "clamber", "clambering", "clambered",
    };

    /// <summary>Verbs that move a load unless the person is their object: "hauled myself out of the car" is a rise, "hauled the
    /// bags out of the car" is not.</summary>
    private static readonly HashSet<string> SelfMovingVerbs = new(StringComparer.Ordinal)
    {
        "haul", "hauling", "hauled", "heave", "heaving", "heaved", "ease", "easing", "eased", "pull", "pulling", "pulled",
        "lever", "levering", "levered", "drag", "dragging", "dragged", "get", "gets", "getting", "got",
    };

    /// <summary>Whether a match beginning "out" and naming a car has no verb of the person getting out before it.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var k = match.FirstToken;
        if (tokens[k].Lower != "out" || !Array.Exists(match.Tokens, t => tokens[t].Lower is "car" or "cars" or "truck"))
        {
            return false;
        }

        var j = k - 1;
        if (j < 0 || tokens[j].Clause != tokens[k].Clause)
        {
            return true;
        }

        if (tokens[j].Lower is "myself" or "himself" or "herself")
        {
            return j < 1 || !SelfMovingVerbs.Contains(tokens[j - 1].Lower);
        }

        return !RisingVerbs.Contains(tokens[j].Lower);
    }
}
