using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;
using YamlDotNet.RepresentationModel;

namespace HipSpine.Engine.Interview;

/// <summary>Reads <c>knowledge/interview.yaml</c>: the grouped screens of the interview.</summary>
public static class InterviewScreensLoader
{
    public static IReadOnlyList<InterviewScreen> Load(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var path = Path.Combine(knowledge.Directory, "interview.yaml");
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var screens = new List<InterviewScreen>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var node in ((YamlSequenceNode)root["screens"]).Children.Cast<YamlMappingNode>())
        {
            string Text(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
            var id = Text("id");
            var questions = ((YamlSequenceNode)node["findings"]).Children
                .Select(c => ((YamlScalarNode)c).Value ?? "")
                .Select(code => knowledge.FindQuestion(code) ?? throw new InvalidDataException($"interview.yaml: screen '{id}' names unknown finding '{code}'"))
                .ToArray();
            if (questions.Any(q => q.Definition.Type != FindingType.Bool || q.Definition.IsClinicianOnly || !seen.Add(q.Code)))
            {
                throw new InvalidDataException($"interview.yaml: screen '{id}' must hold patient yes/no findings, each in one screen only");
            }

            screens.Add(new InterviewScreen(id, Text("title"), Text("intro"), Text("why"), questions));
        }

        return screens;
    }
}
