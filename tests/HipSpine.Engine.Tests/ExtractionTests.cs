using HipSpine.Tests.Shared;
using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>Free text understood: negation, history, other people, worries, numbers, durations and side.</summary>
public sealed class ExtractionTests
{
    private static readonly Lazy<FreeTextExtractor> Lazy = new(() => FreeTextExtractor.Create(Kb.Knowledge));

    private static readonly DateOnly Today = new(2026, 12, 3);

    private const string ExampleStory = "It started three months ago after gardening, a deep ache in my right groin that goes into my bum, worse when I walk, no pins and needles, I had breast cancer ten years ago.";

    private static Dictionary<string, object> Findings(string text) =>
        Lazy.Value.Extract(text, Today).Findings.ToDictionary(f => f.Finding.Code, f => ExtractionResult.ValueOf(f.Finding, f.Value), StringComparer.Ordinal);

    [Fact]
    public void The_lexicon_covers_every_patient_finding_without_ambiguity()
    {
        Assert.DoesNotContain(Lazy.Value.Diagnostics, d => d.Severity == Knowledge.DiagnosticSeverity.Error);
        Assert.Contains(Lazy.Value.Diagnostics, d => d.Code == LexiconDiagnosticCodes.Summary);
    }

    [Fact]
    public void The_example_story_is_understood_with_its_spans()
    {
        var result = Lazy.Value.Extract(ExampleStory, Today);
        var f = result.Findings.ToDictionary(x => x.Finding.Code, x => ExtractionResult.ValueOf(x.Finding, x.Value), StringComparer.Ordinal);
        Assert.Equal(true, f["where.groin"]);
        Assert.Equal(true, f["where.buttock"]);
        Assert.Equal(true, f["pain.worse_walking"]);
        Assert.Equal(false, f["neuro.leg_numbness_tingling"]);
        Assert.Equal(true, f["hx.cancer"]);
        Assert.Equal(90, f["episode.duration_days"]);
        Assert.Equal(BodySide.Right, result.Side?.Side);

        var tingling = result.Mentions.Single(m => m.Code == "neuro.leg_numbness_tingling");
        Assert.Equal("no pins and needles", ExampleStory[tingling.Start..tingling.End]);
        Assert.True(tingling.Negated);
        var cancer = result.Mentions.Single(m => m.Code == "hx.cancer");
        Assert.Equal(MentionContext.Historical, cancer.Context);
        Assert.True(cancer.Counted); // a past cancer is exactly what the history question asks
        Assert.Equal("groin", ExampleStory[result.Mentions.Single(m => m.Code == "where.groin").Start..result.Mentions.Single(m => m.Code == "where.groin").End]);
    }

    [Theory]
    [InlineData("No pins and needles in my leg.", false)]
    [InlineData("I don't have any numbness.", false)]
    [InlineData("Numbness in my foot, but no weakness.", true)]
    [InlineData("The tingling has gone.", false)]
    [InlineData("I get pins and needles down my leg.", true)]
    public void Negation_reaches_the_finding_it_denies(string text, bool expected) =>
        Assert.Equal(expected, Findings(text)["neuro.leg_numbness_tingling"]);

    [Fact]
    public void Negation_stops_at_a_turn_and_at_a_new_subject()
    {
        var f = Findings("No numbness but my groin hurts. No weakness, I limp a lot.");
        Assert.Equal(false, f["neuro.leg_numbness_tingling"]);
        Assert.Equal(true, f["where.groin"]);
        Assert.Equal(false, f["neuro.leg_weakness"]);
        Assert.Equal(true, f["func.limp"]);
    }

    [Fact]
    public void A_phrase_that_contains_a_negation_is_not_negated_by_it()
    {
        // Care is told of first: "not getting better" alone is the course, not care that failed.
        var f = Findings("I've been on painkillers. It is not getting better and I can't get my socks on.");
        Assert.Equal(true, f["episode.not_improving_with_care"]);
        Assert.Equal(true, f["pain.difficulty_shoes_socks"]);
    }

    [Fact]
    public void Other_people_and_worries_are_not_findings()
    {
        var result = Lazy.Value.Extract("My mum had breast cancer. I'm scared it's a tumour. My husband has diabetes.", Today);
        Assert.DoesNotContain(result.Findings, f => f.Finding.Code is "hx.cancer" or "hx.diabetes");
        Assert.Contains(result.Mentions, m => m.Code == "hx.cancer" && m.Context == MentionContext.OtherPerson && !m.Counted);
        Assert.Contains(result.Mentions, m => m.Code == "hx.cancer" && m.Context == MentionContext.Hypothetical && !m.Counted);
    }

    [Fact]
    public void A_parent_with_ankylosing_spondylitis_is_the_family_history()
    {
        var f = Findings("My dad has ankylosing spondylitis.");
        Assert.Equal(true, f["hx.family_spondyloarthritis"]);
        Assert.False(Findings("I was told I might have ankylosing spondylitis.").ContainsKey("hx.family_spondyloarthritis"));
    }

    [Fact]
    public void A_past_symptom_is_not_a_current_one()
    {
        var result = Lazy.Value.Extract("I had numbness in my leg years ago.", Today);
        Assert.DoesNotContain(result.Findings, f => f.Finding.Code == "neuro.leg_numbness_tingling");
        Assert.Contains(result.Mentions, m => m.Code == "neuro.leg_numbness_tingling" && m.Context == MentionContext.Historical);
    }

    [Theory]
    [InlineData("The pain is 7 out of 10.", "pain.severity_now", 7)]
    [InlineData("It's seven out of ten most days.", "pain.severity_now", 7)]
    [InlineData("At its worst it is 9/10.", "pain.severity_worst", 9)]
    [InlineData("My groin has hurt for three months.", "episode.duration_days", 90)]
    [InlineData("Groin pain for about a fortnight.", "episode.duration_days", 14)]
    [InlineData("Groin pain for 2-3 weeks.", "episode.duration_days", 18)]
    [InlineData("Groin pain for more than six weeks.", "episode.duration_days", 43)]
    [InlineData("Groin pain for several months.", "episode.duration_days", 90)]
    [InlineData("My back has hurt since last summer.", "episode.duration_days", 140)]
    [InlineData("My back has hurt since yesterday.", "episode.duration_days", 1)]
    [InlineData("I'm stiff for about 30 minutes in the morning.", "stiffness.morning_minutes", 30)]
    [InlineData("I'm stiff for an hour when I get up in the morning.", "stiffness.morning_minutes", 60)]
    public void Numbers_scores_and_durations_are_read(string text, string code, int expected) =>
        Assert.Equal(expected, Findings(text)[code]);

    [Fact]
    public void Durations_of_past_illnesses_are_not_the_episode()
    {
        var f = Findings("I had breast cancer ten years ago. My hip hurts.");
        Assert.False(f.ContainsKey("episode.duration_days"));
    }

    [Theory]
    [InlineData("Pain in my left hip.", BodySide.Left)]
    [InlineData("It is on the right.", BodySide.Right)]
    [InlineData("Both hips hurt.", BodySide.Both)]
    [InlineData("My right groin and my left buttock.", BodySide.Both)]
    public void The_side_is_read(string text, BodySide expected) =>
        Assert.Equal(expected, Lazy.Value.Extract(text, Today).Side?.Side);

    [Fact]
    public void Lay_words_spellings_and_misspellings_are_understood()
    {
        var f = Findings("Siatica in my bum, and my buttox is sore. I'm limpping and my hip flexor aches.");
        Assert.Equal(true, f["where.buttock"]);
        Assert.Equal(true, f["func.limp"]);
        Assert.Equal(true, f["where.groin"]);
    }

    [Fact]
    public void Onset_and_inflection_tolerant_matching()
    {
        var f = Findings("It came on suddenly. Walking makes it worse and it hurts when I sit.");
        Assert.Equal("sudden", f["episode.onset"]);
        Assert.Equal(true, f["pain.worse_walking"]);
        Assert.Equal(true, f["pain.worse_sitting"]);
    }

    [Fact]
    public void Empty_and_odd_text_gives_nothing_and_never_throws()
    {
        Assert.Empty(Lazy.Value.Extract("", Today).Findings);
        Assert.Empty(Lazy.Value.Extract("!!! ... ,,, 12/ / -", Today).Findings);
        _ = Lazy.Value.Extract(new string('a', 5000) + " groin \ud800", Today);
    }
}
