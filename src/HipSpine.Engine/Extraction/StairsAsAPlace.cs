namespace HipSpine.Engine.Extraction;

/// <summary>
/// The stairs named as where something happened, not as a climb that hurts (<c>pain.worse_stairs_or_rising</c>): a fall or a
/// slip there ("slipped on the stairs at the station"), a load carried on them ("carrying boxes up the stairs", where the
/// carrying is the strain), or a gym machine ("the stair machine"). People tell the place of an accident or a chore with the
/// same word as the stairs that hurt to climb; "stairs are agony", "I struggle up the stairs", "I have to crawl up the stairs"
/// are still read.
/// </summary>
internal static class StairsAsAPlace
{
    /// <summary>Verbs of a fall or of carrying a load: the stairs after them (in their segment) are a place, not the climb.</summary>
    private static readonly HashSet<string> FallOrCarry = new(StringComparer.Ordinal)
    {
        "slipped", "slip", "slipping", "fell", "fall", "falling", "tripped", "trip", "tripping", "stumbled", "tumbled",
        "carrying", "carried", "carry", "lugging", "lugged", "hauling", "hauled",
    };

    /// <summary>Words after "stair" that make it a machine in a gym, not a flight of stairs.</summary>
    private static readonly HashSet<string> Machines = new(StringComparer.Ordinal) { "machine", "machines", "climber", "stepper" };

    /// <summary>How many words before the stairs a fall or a carrying verb is looked for ("carrying the big water bottles up the stairs").</summary>
    private const int Reach = 7;

    /// <summary>Whether the stairs of a stairs match are a place of a fall or a chore, or a machine.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var k = Array.Find(match.Tokens, t => tokens[t].Lower.StartsWith("stair", StringComparison.Ordinal));
        return At(tokens, k);
    }

    /// <summary>Whether the word at <paramref name="k"/> is the stairs as a place or a machine (also asked by <see cref="ActivityLists"/>,
    /// whose "hurt" reads back over "I slipped on the stairs ... and my back has hurt").</summary>
    public static bool At(List<TextToken> tokens, int k)
    {
        if (!tokens[k].Lower.StartsWith("stair", StringComparison.Ordinal))
        {
            return false;
        }

        if (k + 1 < tokens.Count && tokens[k + 1].Segment == tokens[k].Segment && Machines.Contains(tokens[k + 1].Lower))
        {
            return true;
        }

        // A comma ends the reach: "I fell last month, and now the stairs are agony" is the stairs that hurt.
        for (var j = k - 1; j >= 0 && j >= k - Reach && tokens[j].Segment == tokens[k].Segment; j--)
        {
            if (FallOrCarry.Contains(tokens[j].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
