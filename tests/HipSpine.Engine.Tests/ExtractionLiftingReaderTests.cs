using HipSpine.Tests.Shared;
using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The lifting onset read beyond one phrase: a load moved told with other verbs or with a hurt, a dated lift with the pain
/// beginning in the next sentence, and a lift denied among other causes. Sentences written for the test, not from the corpus.
/// </summary>
public sealed class ExtractionLiftingReaderTests
{
    private static readonly Lazy<FreeTextExtractor> Lazy = new(() => FreeTextExtractor.Create(Kb.Knowledge));

    private static object? LiftingOnset(string text)
    {
        var found = Lazy.Value.Extract(text, new DateOnly(2026, 12, 3)).Findings.Where(f => f.Finding.Code == "hx.lifting_onset").ToList();
        return found.Count == 0 ? null : ExtractionResult.ValueOf(found[0].Finding, found[0].Value);
    }

    [Theory]
    [InlineData("I strained my back shifting a chest of drawers on Saturday.", true)]
    [InlineData("Last week I was unloading the van and felt my lower back go.", true)]
    [InlineData("I hurt my lower back lifting bags of compost.", true)]
    [InlineData("I lifted a full paddling pool and hurt my back.", true)]
    [InlineData("Tweaked something in my back deadlifting on Monday.", true)]
    [InlineData("I stooped to pick up a crate of milk and my back went.", true)]
    [InlineData("I was helping lift a piano up the steps and felt a twinge in my back.", true)]
    [InlineData("I bent to lift a bag of sand and my back went into spasm.", true)]
    [InlineData("I do a lot of shifting stock at work and my back aches.", null)] // a habit: no beginning told
    [InlineData("It hurt too much to lift my leg into the bath.", null)] // a limb is no load
    [InlineData("I couldn't lift anything and it hurt to walk.", null)] // an inability, not a lift
    public void A_load_moved_and_a_hurt_told_with_it(string text, object? expected) => Assert.Equal(expected, LiftingOnset(text));

    [Theory]
    [InlineData("Four days ago I was carrying a crate of books up to the loft. Later that evening I got a bad pain in my lower back.", true)]
    [InlineData("Yesterday I was shifting paving slabs all afternoon. This morning I felt my back seize up.", true)]
    [InlineData("I do heavy lifting in a warehouse. Now my back has started to ache.", null)] // a habit, not dated to a day
    [InlineData("Two weeks ago I was carrying the shopping in. My neighbour got a new car.", null)] // nothing begins next
    public void A_dated_lift_with_the_pain_in_the_next_sentence(string text, object? expected) => Assert.Equal(expected, LiftingOnset(text));

    [Theory]
    [InlineData("My back started aching for no obvious reason - no fall, no lifting, nothing.", false)]
    [InlineData("It came on by itself, I didn't lift anything or bump into anything.", false)]
    [InlineData("No injury, no lifting, it was just there when I woke.", false)]
    [InlineData("The physio said no lifting for six weeks.", null)] // advice: no other cause denied
    [InlineData("I didn't lift anything since the fall.", null)] // avoidance since something
    [InlineData("My back hurts and there is no lifting I can do at the moment.", null)] // "no lifting" does not close its statement
    public void A_lift_denied_among_other_causes(string text, object? expected) => Assert.Equal(expected, LiftingOnset(text));
}
