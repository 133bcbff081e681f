using HipSpine.Tests.Shared;
using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// One negation over a list naming a fall and a knock denies "a fall or a minor injury" and serious trauma; a fall denied
/// alone, or beside something that is no knock, denies neither (since round 60 it denies the fall in a story that tells of no
/// other injury, <c>ExtractionBareFallDenialTests</c>). Sentences written for the test, not from the corpus.
/// </summary>
public sealed class ExtractionDeniedFallOrKnockTests
{
    private static readonly Lazy<FreeTextExtractor> Lazy = new(() => FreeTextExtractor.Create(Kb.Knowledge));

    private static object? Value(string text, string code)
    {
        var found = Lazy.Value.Extract(text, new DateOnly(2026, 12, 3)).Findings.Where(f => f.Finding.Code == code).ToList();
        return found.Count == 0 ? null : ExtractionResult.ValueOf(found[0].Finding, found[0].Value);
    }

    [Theory]
    [InlineData("My lower back aches. I didn't fall or bump it, it just started.", false)]
    [InlineData("My hip hurts but I haven't fallen or banged it.", false)]
    [InlineData("My back is sore and I didn't slip or fall or knock it.", false)]
    [InlineData("My back hurts and I did not trip or hit it on anything.", false)]
    [InlineData("My back hurts. I didn't fall but I twisted it.", null)] // a fall alone is one part
    [InlineData("My husband didn't fall or knock his back, he just woke up with it.", null)] // someone else
    [InlineData("If I fall or bang my hip again I'll go to the doctor.", null)] // no negation: a possibility
    public void A_fall_and_a_knock_denied_together(string text, object? expected)
    {
        Assert.Equal(expected, Value(text, "hx.fall_or_minor_injury"));
        Assert.Equal(expected, Value(text, "hx.major_trauma"));
    }

    [Fact]
    public void A_fall_denied_beside_no_knock_denies_the_fall_only()
    {
        // Round 60: a bare fall denial in a story with no other injury denies the fall (the twist is denied with it), not serious trauma.
        const string text = "My back hurts. I didn't fall or twist, it came on slowly.";
        Assert.Equal(false, Value(text, "hx.fall_or_minor_injury"));
        Assert.Null(Value(text, "hx.major_trauma"));
    }

    [Fact]
    public void A_denial_beside_something_affirmed_is_left_to_the_screen() =>
        Assert.Null(Value("My back hurts. I didn't fall or knock it getting out of the car, only had trouble straightening up afterwards.", "hx.major_trauma"));
}
