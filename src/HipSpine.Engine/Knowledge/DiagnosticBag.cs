namespace HipSpine.Engine.Knowledge;

/// <summary>Collects every diagnostic of a load, so all problems are reported at once.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<KnowledgeDiagnostic> items = [];

    public IReadOnlyList<KnowledgeDiagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public void Error(string code, string file, long line, string path, string message) =>
        items.Add(new KnowledgeDiagnostic(code, DiagnosticSeverity.Error, file, line, path, message));

    public void Warning(string code, string file, long line, string path, string message) =>
        items.Add(new KnowledgeDiagnostic(code, DiagnosticSeverity.Warning, file, line, path, message));

    public void Info(string code, string file, long line, string path, string message) =>
        items.Add(new KnowledgeDiagnostic(code, DiagnosticSeverity.Info, file, line, path, message));
}
