namespace HipSpine.Engine.Extraction;

/// <summary>
/// A stop told of running or a sport ("I can't run more than 15 minutes before I have to stop", "I've stopped running, and
/// after an hour on the bike ...", "I stopped playing after graduating") is training cut short, not a walking distance
/// (<c>func.walking_distance_reduced</c>, which asks how far the person can walk). Read only when the match has no walk word
/// and no walk word comes before it in its sentence: "I have to stop and rest after a short walk" is still read.
/// </summary>
internal static class StopOfASport
{
    /// <summary>Words of running, training or a sport; not "train" (the railway: "I have to stop on the way to the train") nor a bare "play".</summary>
    private static readonly HashSet<string> Sports = new(StringComparer.Ordinal)
    {
        "run", "runs", "running", "ran", "jog", "jogs", "jogging", "jogged", "sprint", "sprints", "sprinting", "playing", "training",
        "cycling", "bike", "biking", "swim", "swimming", "football", "tennis", "rugby", "netball", "squash", "golf", "karate", "gym",
        "mileage", "marathon",
    };

    /// <summary>Whether a walking-distance match is a stop or a limit of running or a sport.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        if (Array.Exists(match.Tokens, k => tokens[k].Lower.StartsWith("walk", StringComparison.Ordinal)))
        {
            return false;
        }

        var sentence = tokens[match.FirstToken].Sentence;
        var sport = false;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Sentence != sentence)
            {
                continue;
            }

            // A walk word before the match makes it a walk cut short ("after a short walk I have to stop").
            if (j < match.FirstToken && tokens[j].Lower.StartsWith("walk", StringComparison.Ordinal))
            {
                return false;
            }

            sport |= Sports.Contains(tokens[j].Lower);
        }

        return sport;
    }
}
