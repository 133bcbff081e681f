namespace HipSpine.Web.Accounts;

/// <summary>One labelled input of the account forms, with its error if any.</summary>
public sealed record AccountField(string Key, string Name, string Label, string Type, string Autocomplete, string? Value, IReadOnlyDictionary<string, string> Errors);
