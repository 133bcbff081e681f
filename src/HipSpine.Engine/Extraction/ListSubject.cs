namespace HipSpine.Engine.Extraction;

/// <summary>
/// Where a list read back from "hurt(s)" or "painful" (<see cref="ActivityLists"/>) meets a new subject: in "every time I get up
/// from sitting my lower back really hurts" and "all that bending, my bottom and lower back have hurt" the body part is what
/// hurts, and the activity before it belongs to another statement (getting up, a day of weeding). "My" starts a subject only
/// right after the activity word: after a verb it is an object ("walking makes my hip hurt", "bending to brush my teeth hurts"),
/// and after "then" the walk is still what brings it on ("I walk 20 metres then my calf hurts").
/// </summary>
internal static class ListSubject
{
    /// <summary>Whether the token at <paramref name="i"/> is a possessive right after an activity word of the list.</summary>
    public static bool StartsAt(List<TextToken> tokens, int i, Func<string, bool> isActivity) =>
        i > 0 && tokens[i].Lower is "my" or "his" or "her" or "their" && isActivity(tokens[i - 1].Lower);
}
