using HipSpine.Tests.Shared;
using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Round 77: bending down or over told as one movement, with a beginning in the sentence, is a lifting start; bent over as a
/// posture, a habit or an aggravation is not. Sentences written for the test, not from the corpus.
/// </summary>
public sealed class ExtractionBentDownOrOverTests
{
    private static readonly Lazy<FreeTextExtractor> Lazy = new(() => FreeTextExtractor.Create(Kb.Knowledge));

    private static object? LiftingOnset(string text)
    {
        var found = Lazy.Value.Extract(text, new DateOnly(2026, 12, 3)).Findings.Where(f => f.Finding.Code == "hx.lifting_onset").ToList();
        return found.Count == 0 ? null : ExtractionResult.ValueOf(found[0].Finding, found[0].Value);
    }

    [Theory]
    [InlineData("On Tuesday I bent down to fetch a pan from the oven and got a stabbing pain in my lower back.", true)]
    [InlineData("Three days ago I just bent over to stroke the cat and felt my back go.", true)]
    [InlineData("I bent over the flower bed weeding and suddenly my back seized.", true)]
    [InlineData("I was bending down to tie my laces when I felt a twinge low in my back.", true)]
    public void A_bend_made_as_the_pain_began(string text, object? expected) => Assert.Equal(expected, LiftingOnset(text));

    [Theory]
    [InlineData("My husband says I've started walking bent over.")] // a posture held
    [InlineData("Some mornings I'm bent over and can't straighten up, it started last spring.")] // a posture, no subject before "bent"
    [InlineData("I was bent over sorting the recycling and got a cramp in my calf.")] // "was bent" is a posture
    [InlineData("Every time I bent down it got a bit worse.")] // a habit
    [InlineData("Bending over makes my back worse since it started.")] // an aggravation
    [InlineData("I was bending over in the garden and my knee started aching.")] // no purpose told: a posture as much as a movement
    [InlineData("I bent down to look under the bed for my slipper.")] // a bend with no beginning told
    public void A_bend_that_tells_no_start(string text) => Assert.Null(LiftingOnset(text));
}
