using BenchmarkDotNet.Attributes;
using HipSpine.Engine.Extraction;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Bench;

/// <summary>
/// Free-text extraction of a 1,000-character story (goal: under 2 ms): tokens, lexicon matching,
/// NegEx/ConText, numbers, durations and side, with bytes allocated per story.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    /// <summary>Exactly 1,000 characters: the example story and a second paragraph in the same voice.</summary>
    public static readonly string Story = Build();

    private static readonly DateOnly Today = new(2026, 12, 3);

    private FreeTextExtractor extractor = null!;

    [GlobalSetup]
    public void Setup() => extractor = FreeTextExtractor.Create(KnowledgeLoader.LoadOrThrow(KnowledgeLoader.Locate()));

    [Benchmark]
    public ExtractionResult Extract() => extractor.Extract(Story, Today);

    private static string Build()
    {
        const string text =
            "It started three months ago after gardening, a deep ache in my right groin that goes into my bum, worse when I walk, " +
            "no pins and needles, I had breast cancer ten years ago. At its worst it is 8 out of 10 and most days about 5/10. " +
            "I'm stiff for about 30 minutes in the morning and it's hard to get my socks on. Stairs and getting out of the car are painful. " +
            "It doesn't wake me at night. No problems with my bladder or bowels, no fever and I haven't lost weight. " +
            "My mum has arthritis in both hips and my dad had ankylosing spondylitis. I'm scared it's the cancer coming back. " +
            "Ibuprofen helps a bit but physio hasn't helped. I don't smoke and I only drink socially. I've been limping since last summer " +
            "and I can only walk about ten minutes before I have to stop. Sitting for long is fine but standing in a queue makes it worse. " +
            "My lower back aches too, mostly when I bend or lift the shopping, and I sometimes feel a click in the hip. ";
        var story = text;
        while (story.Length < 1000)
        {
            story += "The pain is on the right. ";
        }

        return story[..1000];
    }
}
