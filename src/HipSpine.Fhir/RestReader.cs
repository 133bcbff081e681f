using System.Globalization;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>A reply of the REST API: the HTTP status, the FHIR JSON body and, for one resource, its version (the ETag).</summary>
public sealed record FhirAnswer(int Status, string Json, string? VersionId = null, DateTimeOffset? LastUpdated = null);

/// <summary>A search: the server's base URL (for fullUrl and paging links) and the query parameters as sent.</summary>
public sealed record FhirSearch(string ServerBase, IReadOnlyList<KeyValuePair<string, string>> Parameters);

/// <summary>
/// Read, vread and search over a set of resources (a patient's record, or the definitional resources). Search is
/// the table of <see cref="SearchParameters"/>: parameters of one name are ANDed, comma-separated values ORed;
/// unknown parameters are ignored (FHIR's lenient handling) and left out of the self link, so a client sees what
/// was applied. <c>_count</c> (default 50, at most 200) and <c>_offset</c> page the matches with first, previous,
/// next and last links.
/// </summary>
internal static class RestReader
{
    public const int DefaultCount = 50;
    public const int MaxCount = 200;

    /// <summary>Parameters every search takes that select nothing (format and paging).</summary>
    private static readonly string[] Control = ["_count", "_offset", "_summary", "_format", "_pretty"];

    public static FhirAnswer Read(IEnumerable<Resource> resources, string type, string id, string? versionId)
    {
        var found = resources.FirstOrDefault(r => string.Equals(r.TypeName, type, StringComparison.Ordinal) && string.Equals(r.Id, id, StringComparison.Ordinal));
        if (found is null)
        {
            return NotFound($"{type}/{id} is not known (or not visible to this account)");
        }

        if (versionId is not null && !string.Equals(found.Meta?.VersionId, versionId, StringComparison.Ordinal))
        {
            return NotFound($"{type}/{id} has no version {versionId}: HipSpine keeps only the current version ({found.Meta?.VersionId})");
        }

        return new FhirAnswer(200, FhirJson.Serialize(found), found.Meta?.VersionId, found.Meta?.LastUpdated);
    }

    public static FhirAnswer Search(IEnumerable<Resource> resources, string type, FhirSearch search)
    {
        var definitions = SearchParameters.Of(type);
        var applied = new List<KeyValuePair<string, string>>();
        var candidates = resources.Where(r => string.Equals(r.TypeName, type, StringComparison.Ordinal)).ToList();
        try
        {
            foreach (var (name, value) in search.Parameters)
            {
                if (definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal)) is not { } definition || value.Length == 0)
                {
                    continue;
                }

                var values = value.Split(',');
                candidates = candidates.Where(r => values.Any(v => definition.Matches(r, v))).ToList();
                applied.Add(new(name, value));
            }
        }
        catch (FormatException ex)
        {
            return Invalid(ex.Message);
        }

        if (!Paging(search.Parameters, out var count, out var offset, out var problem))
        {
            return Invalid(problem!);
        }

        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = candidates.Count };
        var controls = search.Parameters.Where(p => Control.Contains(p.Key, StringComparer.Ordinal) && p.Key is not ("_count" or "_offset")).ToList();
        string Link(int at) => search.ServerBase + "/" + type + "?" + string.Join("&",
            applied.Concat(controls).Append(new("_count", count.ToString(CultureInfo.InvariantCulture))).Append(new("_offset", at.ToString(CultureInfo.InvariantCulture)))
                .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = Link(offset) });
        if (count > 0)
        {
            var last = candidates.Count == 0 ? 0 : (candidates.Count - 1) / count * count;
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "first", Url = Link(0) });
            if (offset > 0)
            {
                bundle.Link.Add(new Bundle.LinkComponent { Relation = "previous", Url = Link(Math.Max(0, offset - count)) });
            }

            if (offset + count < candidates.Count)
            {
                bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = Link(offset + count) });
            }

            bundle.Link.Add(new Bundle.LinkComponent { Relation = "last", Url = Link(last) });
        }

        foreach (var resource in candidates.Skip(offset).Take(count))
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = search.ServerBase + "/" + resource.TypeName + "/" + resource.Id,
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return new FhirAnswer(200, FhirJson.Serialize(bundle));
    }

    private static bool Paging(IReadOnlyList<KeyValuePair<string, string>> parameters, out int count, out int offset, out string? problem)
    {
        count = DefaultCount;
        offset = 0;
        problem = null;
        foreach (var (name, value) in parameters)
        {
            if (name == "_count")
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count))
                {
                    problem = $"_count: '{value}' is not a whole number of 0 or more";
                    return false;
                }

                count = Math.Min(count, MaxCount);
            }
            else if (name == "_offset" && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                problem = $"_offset: '{value}' is not a whole number of 0 or more";
                return false;
            }
        }

        return true;
    }

    public static FhirAnswer NotFound(string message) =>
        new(404, FhirJson.Serialize(Outcomes.Of(Outcomes.Error(message, code: OperationOutcome.IssueType.NotFound))));

    public static FhirAnswer Invalid(string message) =>
        new(400, FhirJson.Serialize(Outcomes.Of(Outcomes.Error(message))));
}
