namespace HipSpine.Web.Diary;

/// <summary>What the shared diary fields partial needs: the form, exercise names by id, and errors by field.</summary>
public sealed record DiaryFieldsView(DiaryForm Form, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>The zone the time is in (sent back in the hidden <c>timeZone</c> field; the browser's replaces it).</summary>
    public string TimeZone { get; init; } = Hosting.PersonClock.Utc;

    /// <summary>A new entry: the browser may set the time to its own "now".</summary>
    public bool IsNew { get; init; }
}
