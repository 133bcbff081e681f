using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HipSpine.Engine.Knowledge;

/// <summary>
/// A YAML node together with where it came from (file, line, key path), so that every reading mistake
/// becomes a diagnostic that names the place. Reading never throws; a bad value reports and returns null.
/// </summary>
internal readonly struct YamlNode(YamlDotNet.RepresentationModel.YamlNode node, string file, string path, DiagnosticBag bag)
{
    public YamlDotNet.RepresentationModel.YamlNode Raw => node;
    public string File => file;
    public string Path => path;
    public long Line => node.Start.Line;
    public DiagnosticBag Bag => bag;

    public bool IsMapping => node is YamlMappingNode;
    public bool IsSequence => node is YamlSequenceNode;

    public void Error(string code, string message) => bag.Error(code, file, Line, path, message);

    public IEnumerable<string> Keys =>
        node is YamlMappingNode m ? m.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "") : [];

    public YamlNode? Child(string key)
    {
        if (node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return new YamlNode(value, file, Join(path, key), bag);
        }

        return null;
    }

    public IReadOnlyList<YamlNode> Items()
    {
        if (node is YamlSequenceNode s)
        {
            var p = path;
            var f = file;
            var b = bag;
            return s.Children.Select((c, i) => new YamlNode(c, f, string.Create(CultureInfo.InvariantCulture, $"{p}[{i}]"), b)).ToArray();
        }

        Error(DiagnosticCodes.WrongType, "expected a list");
        return [];
    }

    /// <summary>Reports keys other than <paramref name="allowed"/> (catches typos such as <c>lrAbsnet</c>).</summary>
    public void AllowOnly(params string[] allowed)
    {
        if (node is not YamlMappingNode)
        {
            Error(DiagnosticCodes.WrongType, "expected a mapping");
            return;
        }

        foreach (var key in Keys.Where(k => !allowed.Contains(k, StringComparer.Ordinal)))
        {
            bag.Error(DiagnosticCodes.UnknownKey, file, Line, Join(path, key), $"unknown key '{key}' (allowed: {string.Join(", ", allowed)})");
        }
    }

    public string? Scalar() => node is YamlScalarNode s ? s.Value : null;

    public string? String(string key, bool required = true)
    {
        var child = Child(key);
        if (child is null)
        {
            if (required)
            {
                Error(DiagnosticCodes.MissingKey, $"missing '{key}'");
            }

            return null;
        }

        var value = child.Value.Scalar();
        if (value is null)
        {
            child.Value.Error(DiagnosticCodes.WrongType, "expected text");
        }
        else if (required && string.IsNullOrWhiteSpace(value))
        {
            child.Value.Error(DiagnosticCodes.MissingKey, $"'{key}' is empty");
            return null;
        }

        return value;
    }

    public double? Number(string key, bool required = true)
    {
        var child = Child(key);
        if (child is null)
        {
            if (required)
            {
                Error(DiagnosticCodes.MissingKey, $"missing '{key}'");
            }

            return null;
        }

        return child.Value.AsNumber();
    }

    public double? AsNumber()
    {
        var text = Scalar();
        if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Error(DiagnosticCodes.WrongType, $"expected a number, not '{text}'");
        return null;
    }

    public int? AsInt()
    {
        var text = Scalar();
        if (text is not null && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(DiagnosticCodes.WrongType, $"expected a whole number, not '{text}'");
        return null;
    }

    /// <summary>A list of texts (empty when the key is absent and not required).</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        if (Child(key) is not { } list)
        {
            if (required)
            {
                Error(DiagnosticCodes.MissingKey, $"missing '{key}'");
            }

            return [];
        }

        return list.Items().Select(i => i.Scalar() ?? "").ToArray();
    }

    public int? Int(string key) => Child(key)?.AsInt();

    public bool? Bool(string key)
    {
        var child = Child(key);
        if (child is null)
        {
            return null;
        }

        var text = child.Value.Scalar();
        if (text is "true" or "false")
        {
            return text == "true";
        }

        child.Value.Error(DiagnosticCodes.WrongType, $"expected true or false, not '{text}'");
        return null;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
