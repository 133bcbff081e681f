using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// <c>meta.versionId</c> and <c>meta.lastUpdated</c>. HipSpine keeps no history of its resources: they are built
/// from the current rows, so the version id is a digest of the content (16 hex digits of SHA-256 over the resource
/// without its meta). It changes exactly when what a client would read changes, which is what ETag and
/// <c>If-None-Match</c> need.
/// </summary>
internal static class ResourceMeta
{
    public static void Stamp(Resource resource, DateTimeOffset? lastUpdated)
    {
        ArgumentNullException.ThrowIfNull(resource);
        resource.Meta = null;
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(FhirJson.Serialize(resource)));
        resource.Meta = new Meta
        {
            VersionId = Convert.ToHexStringLower(digest)[..16],
            LastUpdated = lastUpdated?.ToUniversalTime(),
        };
    }
}
