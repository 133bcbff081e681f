using HipSpine.Tests.Shared;
using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The pain began with lifting when a sentence tells of a load lifted or carried and of a beginning; a lifting word
/// without a beginning is a habit or an aggravating factor, and a limb lifted is no load. Sentences not from the corpus.
/// </summary>
public sealed class ExtractionLiftingOnsetTests
{
    private static readonly Lazy<FreeTextExtractor> Lazy = new(() => FreeTextExtractor.Create(Kb.Knowledge));

    private static object? LiftingOnset(string text)
    {
        var found = Lazy.Value.Extract(text, new DateOnly(2026, 12, 3)).Findings.Where(f => f.Finding.Code == "hx.lifting_onset").ToList();
        return found.Count == 0 ? null : ExtractionResult.ValueOf(found[0].Finding, found[0].Value);
    }

    [Theory]
    [InlineData("I was lifting a bag of cement and got a sharp pain in my back.", true)]
    [InlineData("Picked up my toddler from the floor and my lower back went.", true)]
    [InlineData("My back has hurt since a weekend of heavy lifting in the garden.", true)]
    [InlineData("I felt a twinge carrying the shopping up the stairs.", true)]
    [InlineData("Lifting makes the pain worse.", null)] // an aggravating factor: no beginning told
    [InlineData("I do a lot of lifting at work and my back aches.", null)]
    [InlineData("I was lifting my leg into the car when the pain started.", null)] // a limb is no load
    [InlineData("I have avoided lifting since the pain started.", null)]
    [InlineData("My husband was lifting a wardrobe and felt his back go.", null)] // someone else
    [InlineData("As a teenager I was carrying a sofa and got a bad back.", null)] // a past episode
    public void A_load_lifted_as_the_pain_began(string text, object? expected) => Assert.Equal(expected, LiftingOnset(text));
}
