namespace HipSpine.Web.Diary;

/// <summary>What the shared diary fields partial needs: the form, exercise names by id, and errors by field.</summary>
public sealed record DiaryFieldsView(DiaryForm Form, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Errors);
