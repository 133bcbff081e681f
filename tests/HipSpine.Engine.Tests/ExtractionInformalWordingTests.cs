using HipSpine.Tests.Shared;
using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Informal wording: texting spellings read as the word they stand for, a length told as two days of the week, and
/// "can't ... without" help or pain, which is no inability to bear weight. Sentences written for the test, not from the corpus.
/// </summary>
public sealed class ExtractionInformalWordingTests
{
    private static readonly Lazy<FreeTextExtractor> Lazy = new(() => FreeTextExtractor.Create(Kb.Knowledge));

    private static object? Value(string text, string code)
    {
        var found = Lazy.Value.Extract(text, new DateOnly(2026, 12, 3)).Findings.Where(f => f.Finding.Code == code).ToList();
        return found.Count == 0 ? null : ExtractionResult.ValueOf(found[0].Finding, found[0].Value);
    }

    [Theory]
    [InlineData("My lower back started hurting outta nowhere last week.", false)] // "out of nowhere": no injury
    [InlineData("My hip started aching out of nowhere.", false)]
    [InlineData("My hip has been aching for a month, no idea why.", null)]
    public void Outta_is_out_of(string text, object? expected) => Assert.Equal(expected, Value(text, "hx.fall_or_minor_injury"));

    [Theory]
    [InlineData("My lower baaack is sooo sore.", true)] // a letter typed three times for stress is typed once
    [InlineData("My lower back is so sore.", true)]
    public void A_letter_typed_for_stress_is_typed_once(string text, object? expected) => Assert.Equal(expected, Value(text, "where.low_back"));

    [Fact]
    public void An_abbreviation_of_one_letter_is_not_stress() =>
        Assert.Equal("aaa", InformalSpelling.Standard("aaa"));

    [Theory]
    [InlineData("tho", "though")]
    [InlineData("cuz", "because")]
    [InlineData("gonna", "going")]
    [InlineData("thru", "through")]
    [InlineData("sooo", "so")]
    [InlineData("baaad", "bad")]
    [InlineData("reallly", "realy")] // a double letter typed three times loses its double: no dictionary here
    [InlineData("really", "really")]
    [InlineData("cos", "cos")] // a cosine too: not rewritten
    public void Texting_spellings(string word, string expected) => Assert.Equal(expected, InformalSpelling.Standard(word));

    [Theory]
    [InlineData("My lower back pain started on Friday. It's Monday now and it is no better.", 3)]
    [InlineData("Now its wednesday. The ache in my hip began tuesday morning.", 1)]
    [InlineData("Sunday evening, typing from the sofa. Woke up Thursday with a stiff sore back.", 3)]
    [InlineData("It's Saturday. My back went into spasm on Saturday.", null)] // the same day twice: no length
    [InlineData("My back hurts a lot. Can this wait till Monday? It's Friday now.", null)] // a day waited for is not the start
    [InlineData("My back started hurting on Friday.", null)] // no day told as now
    [InlineData("My back has hurt for two weeks, it started on a Friday. It's Monday now.", 14)] // another length wins
    public void Two_days_of_the_week_are_a_length(string text, object? expected) => Assert.Equal(expected, Value(text, "episode.duration_days"));

    [Theory]
    [InlineData("My hip is agony, I can't walk without a walker now.", true)]
    [InlineData("My back is so bad I cannot walk without holding on to the furniture.", true)]
    [InlineData("Since the fall I can't stand up without help.", true)]
    [InlineData("My hip hurts and I can walk without a stick.", null)] // no inability
    [InlineData("My mum can't walk without her frame since her hip went.", null)] // someone else
    public void Walking_only_with_an_aid_is_difficulty(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "func.difficulty_walking_standing"));

    [Theory]
    [InlineData("I can't put any weight on my left leg without pain shooting up my hip.", null)]
    [InlineData("I can't put weight on my right leg without wincing.", null)]
    [InlineData("I can't put any weight on my left leg at all.", true)]
    [InlineData("I can't walk at all since I fell this morning.", true)]
    public void Without_pain_is_no_inability_to_bear_weight(string text, object? expected) =>
        Assert.Equal(expected, Value(text, "func.cannot_bear_weight"));
}
