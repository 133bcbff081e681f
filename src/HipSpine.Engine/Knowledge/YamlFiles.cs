using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HipSpine.Engine.Knowledge;

/// <summary>Opens knowledge files as located YAML nodes; syntax errors become KB001 diagnostics.</summary>
internal static class YamlFiles
{
    public static YamlNode? Read(string root, string fullPath, DiagnosticBag bag)
    {
        var relative = Relative(root, fullPath);
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(fullPath))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0)
            {
                bag.Error(DiagnosticCodes.Unreadable, relative, 0, "", "the file is empty");
                return null;
            }

            return new YamlNode(stream.Documents[0].RootNode, relative, "", bag);
        }
        catch (YamlException ex)
        {
            bag.Error(DiagnosticCodes.Unreadable, relative, ex.Start.Line, "", "YAML syntax error: " + ex.Message);
        }
        catch (IOException ex)
        {
            bag.Error(DiagnosticCodes.Unreadable, relative, 0, "", "cannot read: " + ex.Message);
        }

        return null;
    }

    /// <summary>Every <c>*.yaml</c> file of a folder, in a stable order.</summary>
    public static IEnumerable<string> InFolder(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            : [];

    /// <summary>A path shown in diagnostics: <c>knowledge/sources/hip_oa.yaml</c>.</summary>
    public static string Relative(string root, string fullPath) =>
        "knowledge/" + Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
