namespace HipSpine.Engine.Tests;

/// <summary>
/// The thirty-third round's recall kind for the length: a story that opens on "this morning", "this afternoon" or "this
/// evening" began then (0 days), though no onset verb is in its clause. Read only in the first three sentences and only when no
/// other length is told. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionTodayAtTheHeadTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("This morning, carrying the shopping up the stairs, bang: a stab in my lower back.")]
    [InlineData("52M. Typing from the sofa. Washed the car this afternoon and now my back is agony.")]
    [InlineData("This evening at football I landed badly and my hip hurts.")]
    public void A_part_of_today_at_the_head_of_the_story_is_day_0(string text) => Assert.Equal(0, Duration(text));

    [Fact]
    public void Another_length_told_wins() =>
        Assert.Equal(14, Duration("This morning my back was sore again. It has ached for two weeks."));

    [Theory]
    [InlineData("My back has ached for ages. I go to the gym. I swim. I cycle. This morning it hurt more.")] // not the head
    [InlineData("My hip is sore today.")] // "today" tells how it is now
    [InlineData("My back aches now and then. I swam for an hour this afternoon.")] // dates a swim whose length is told
    public void Elsewhere_or_today_is_not_read(string text) => Assert.Null(Duration(text));
}
