using System.Globalization;
using System.Text.Json;

namespace HipSpine.Engine.Cases;

/// <summary>
/// Finds a string (a value or a property name) that escapes a lone UTF-16 surrogate, such as <c>"\ud800"</c>:
/// valid JSON grammar, but not text. System.Text.Json refuses to turn it into a .NET string (GetString and
/// Name throw), so readers look for it first and report it as a problem instead of failing later.
/// </summary>
public static class JsonUnicode
{
    public const string Problem = "contains a lone UTF-16 surrogate escape (such as \\ud800), which is not text";

    /// <summary>The path of the first such string ("" for the element itself, "findings.x", "item[2].linkId"), or null.</summary>
    public static string? FindLoneSurrogate(JsonElement element) => Find(element, "");

    private static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(() => element.GetString()) ? null : path;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string? name = null;
                    if (!Decodes(() => name = property.Name))
                    {
                        return Join(path, "(a property name)");
                    }

                    if (Find(property.Value, Join(path, name!)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]") is { } found)
                    {
                        return found;
                    }

                    index++;
                }

                return null;
            default:
                return null;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static bool Decodes(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
