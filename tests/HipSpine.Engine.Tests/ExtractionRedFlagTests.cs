using HipSpine.Tests.Shared;
using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// A red flag is never read the wrong way round: a sentence that denies it, in any everyday wording, never makes
/// it present, and a sentence that affirms a symptom beside a denial is not read as denying it. Being left out is
/// safe (the interview asks every red-flag screen); being read backwards is not.
/// </summary>
public sealed class ExtractionRedFlagTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    // "nothing wrong", "no problems", "no trouble", "no issues", "no change"
    [InlineData("Nothing wrong with my bladder or bowels.", "neuro.bladder_change", false)]
    [InlineData("Nothing wrong with my bladder or bowels.", "neuro.bowel_change", false)]
    [InlineData("There's nothing the matter with my waterworks.", "neuro.bladder_change", false)]
    [InlineData("No problems with bladder or bowel control.", "neuro.bowel_change", false)]
    [InlineData("No trouble with my bladder.", "neuro.bladder_change", false)]
    [InlineData("No issues with my bowels.", "neuro.bowel_change", false)]
    [InlineData("No changes with bladder or bowels.", "neuro.bladder_change", false)]
    // "fine", "normal", "ok", "unaffected", "working fine", "as usual"
    [InlineData("My waterworks are fine.", "neuro.bladder_change", false)]
    [InlineData("Bowels normal.", "neuro.bowel_change", false)]
    [InlineData("Bladder and bowels are ok.", "neuro.bladder_change", false)]
    [InlineData("Bladder unaffected.", "neuro.bladder_change", false)]
    [InlineData("My bowels are working fine.", "neuro.bowel_change", false)]
    [InlineData("Bowels as usual.", "neuro.bowel_change", false)]
    // a verb denied: "haven't wet myself", "no problems peeing", "can pee fine"
    [InlineData("I haven't wet myself.", "neuro.bladder_change", false)]
    [InlineData("No problems peeing.", "neuro.bladder_change", false)]
    [InlineData("I can pee fine.", "neuro.bladder_change", false)]
    [InlineData("I can pee normally and my bowels are fine.", "neuro.bladder_change", false)]
    // numbness "down there"
    [InlineData("No numbness down there.", "neuro.saddle_numbness", null)]
    [InlineData("No numbness around my bottom.", "neuro.saddle_numbness", false)]
    public void A_denied_red_flag_is_never_present(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I have a weak bladder and my bowels.", "neuro.bowel_change", null)] // a bare organ: no change word, no finding
    [InlineData("My bladder is on the left.", "neuro.bladder_change", null)]
    [InlineData("I've had problems with my bladder.", "neuro.bladder_change", true)]
    [InlineData("I've lost my balance twice.", "neuro.unsteady_gait", true)]
    [InlineData("My balance is fine.", "neuro.unsteady_gait", false)]
    public void A_bare_organ_word_says_a_change_only_with_a_change_word(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I can't control my bladder, bowels normal.", "neuro.bladder_change", null)] // a loss beside the denial
    [InlineData("I haven't been able to empty my bladder properly.", "neuro.bladder_change", true)] // a lost function is the symptom
    [InlineData("I feel like I haven't fully emptied my bladder.", "neuro.bladder_change", true)]
    [InlineData("I've lost weight without trying.", "systemic.weight_loss", true)] // "without trying" denies nothing
    [InlineData("No fever, but I've lost control of my bladder.", "neuro.bladder_change", true)] // a turn ends the denial
    [InlineData("No fever, I've been soaking the sheets at night.", "systemic.night_sweats", true)] // a new subject ends it
    [InlineData("I've not had a fever and no night sweats, I lost a stone.", "systemic.weight_loss", true)]
    public void A_symptom_beside_a_denial_is_not_denied(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    /// <summary>The denial templates a person might put before (or after) any red-flag phrase.</summary>
    private static readonly string[] DenialTemplates =
    [
        "No {0}.", "I have no {0}.", "I don't have any {0}.", "I haven't had any {0}.", "I have not noticed any {0}.",
        "Nothing wrong with {0}.", "No problems with {0}.", "There is no {0} at all.", "Never had {0}.", "{0} is fine.",
        "{0} - none.", "{0}: normal.", "No fever, no {0} and no weight loss.", "I can honestly say no {0}, all fine.",
    ];

    [Fact]
    public void Every_red_flag_phrase_after_a_denial_is_never_present()
    {
        var knowledge = Kb.Knowledge;
        var redFlags = knowledge.Vocabulary.Findings.Where(f => knowledge.FindQuestion(f.Code) is { RedFlag: true }).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("neuro.bladder_change", redFlags);
        Assert.Contains("neuro.saddle_numbness", redFlags);
        var (lexicon, _) = LexiconLoader.Load(knowledge);
        var phrases = lexicon.Phrases
            // A phrase naming a normal function ("pass urine") is the other way round: its own test is ExtractionLostFunctionTests.
            .Where(p => !p.NamesAFunction && p.Finding is { } f && (redFlags.Contains(f.Code) || p.Also.Any(a => redFlags.Contains(a.Finding.Code))))
            .Select(p => p.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(phrases.Count > 150, $"only {phrases.Count} red-flag phrases");
        var wrong = new List<string>();
        foreach (var phrase in phrases)
        {
            foreach (var template in DenialTemplates)
            {
                if (phrase == "bowel movements" && template.Contains("had", StringComparison.Ordinal))
                {
                    continue; // "I haven't had any bowel movements" is constipation: a lost function, affirmed (ExtractionLostFunctionTests)
                }

                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, phrase);
                var present = ExtractedValue.Extractor.Extract(text, ExtractedValue.Today).Findings
                    .Where(f => redFlags.Contains(f.Finding.Code) && ExtractionResult.ValueOf(f.Finding, f.Value) is true)
                    .Select(f => f.Finding.Code);
                wrong.AddRange(present.Select(code => $"\"{text}\" -> {code}"));
            }
        }

        Assert.True(wrong.Count == 0, "denied red flags read as present:\n" + string.Join('\n', wrong));
    }
}
