namespace HipSpine.Engine.Tests;

/// <summary>
/// A time in a sentence that says an earlier episode ended ("healed up", "got better", "got rid of it", beside the older
/// "settled", "cleared up", "went away") is that episode's, not this one's length; an ending denied ("never healed right",
/// "hasn't got better") ends nothing, and "cleared out the garage" is a job done. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionEpisodeEndedTests
{
    private static object? Days(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("My lower back is agony and I can't sit. I twisted it 20 years ago but that healed up on its own.")]
    [InlineData("Sharp pain in my right hip when I walk. I pulled a muscle there 6 years ago, it hurt for weeks but got better.")]
    [InlineData("My buttock aches all day. I had hip pain for over five years, then a year of physio got rid of it.")]
    public void A_time_of_an_earlier_episode_that_ended_is_not_this_ones(string text) =>
        Assert.Null(Days(text));

    [Theory]
    [InlineData("I hurt my back lifting 3 weeks ago and it never healed right, it still aches every day.", 21)]
    [InlineData("My hip has hurt for 2 months and it hasn't got better with the tablets.", 60)]
    [InlineData("About 4 weeks ago I cleared out the loft and my lower back started hurting.", 28)]
    public void An_ending_denied_or_a_job_cleared_out_keeps_the_length(string text, int days) =>
        Assert.Equal(days, Days(text));

    [Fact]
    public void The_later_length_is_read_beside_an_earlier_episode_that_healed() =>
        Assert.Equal(14, Days("I broke my hip 10 years ago and it healed well. For 2 weeks my lower back has hurt."));
}
