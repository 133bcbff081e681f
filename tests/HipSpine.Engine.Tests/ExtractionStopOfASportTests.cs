namespace HipSpine.Engine.Tests;

/// <summary>
/// A stop or a limit told of running or a sport is not a walking distance cut short (<c>func.walking_distance_reduced</c>);
/// a walk that has to stop still is. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionStopOfASportTests
{
    private static object? Distance(string text) => ExtractedValue.Of(text, "func.walking_distance_reduced");

    [Theory]
    [InlineData("My hip aches and I can't jog for more than ten minutes before I have to stop.")]
    [InlineData("My lower back hurts so I've stopped cycling, and after a long day at work it throbs.")]
    [InlineData("I stopped playing netball after the season ended but my hip still hurts.")]
    public void A_stop_of_running_or_a_sport_is_not_a_walking_distance(string text) =>
        Assert.Null(Distance(text));

    [Theory]
    [InlineData("My hip hurts and after a short walk I have to stop and rest.")]
    [InlineData("My legs ache and I have to stop every few hundred yards when I walk to the shops.")]
    public void A_walk_cut_short_is_still_read(string text) =>
        Assert.Equal(true, Distance(text));
}
