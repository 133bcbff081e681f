using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The manifest's <c>durationCompletion</c>: the older form (a number of days: every rule, every answer) still
/// loads, and the restricted form is checked (urgencies of the vocabulary, whole days).
/// </summary>
public sealed class DurationCompletionManifestTests : IDisposable
{
    private const string Current = "durationCompletion:\n  days: 1\n  urgencies: [emergency]\n  patientAnswersOnly: true\n  notWhen: [episode.not_improving_with_care]\n";

    private readonly string folder = RepoPaths.CopyKnowledge();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_older_scalar_form_completes_every_rule_on_every_answer()
    {
        Replace(Current, "durationCompletion: 2\n");
        var manifest = Load().Knowledge!.Manifest;
        Assert.Equal(2, manifest.DurationCompletion);
        Assert.Empty(manifest.DurationCompletionUrgencies);
        Assert.False(manifest.DurationCompletionPatientAnswersOnly);
    }

    [Fact]
    public void Without_the_key_nothing_is_completed()
    {
        Replace(Current, "");
        Assert.Null(Load().Knowledge!.Manifest.DurationCompletion);
    }

    [Fact]
    public void An_unknown_urgency_is_KB022_and_fractional_days_are_KB031()
    {
        Replace(Current, "durationCompletion:\n  days: 1.5\n  urgencies: [now]\n");
        var errors = Load().Errors.ToArray();
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.UnknownUrgency && d.File.EndsWith("manifest.yaml", StringComparison.Ordinal)
            && d.Message.Contains("'now'", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.BadNumber && d.Message.Contains("durationCompletion", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_days_and_an_unknown_key_are_reported()
    {
        Replace(Current, "durationCompletion:\n  urgencies: [emergency]\n  reportedBy: patient\n");
        var errors = Load().Errors.ToArray();
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.MissingKey && d.Message.Contains("days", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.UnknownKey && d.Message.Contains("reportedBy", StringComparison.Ordinal));
    }

    [Fact]
    public void NotWhen_takes_only_yes_no_findings_the_person_answers()
    {
        Replace(Current, "durationCompletion:\n  days: 1\n  notWhen: [episode.no_such_thing, exam.myotomal_weakness, episode.duration_days]\n");
        var errors = Load().Errors.Where(d => d.Code == DiagnosticCodes.UnknownFinding && d.Message.Contains("notWhen", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, errors.Length);
    }

    private KnowledgeLoadResult Load() => KnowledgeLoader.Load(folder);

    private void Replace(string from, string to)
    {
        var path = Path.Combine(folder, "manifest.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
