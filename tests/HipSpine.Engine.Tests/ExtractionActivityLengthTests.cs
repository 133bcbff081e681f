namespace HipSpine.Engine.Tests;

/// <summary>
/// A length of time told of something the person does, care taken or used, a job or a pastime, is that activity's and not
/// the episode's (<c>episode.duration_days</c>); a length told of the pain in the same sentence, a date ("N ago") of an
/// activity that began the pain, and care told with a symptom are still read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionActivityLengthTests
{
    private static object? Days(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("Injections, a back brace and physio since March, none of it has done anything. My lower back is killing me.")]
    [InlineData("Been going to the chiropractor for 3 years, still no change. Now my hip is sore all the time.")]
    [InlineData("The gel helped a little but I've been taking it three times a day the last 5 days. Pain in my lower back is the same.")]
    [InlineData("Since August I use a walking cane for the shops. My right hip is sore.")]
    [InlineData("I worked as a bus driver for 25 years and that gave me a bad lower back.")]
    [InlineData("Was a delivery driver for over 15 yrs and that has left me with a sore lower back.")]
    [InlineData("Been doing triathlon training since June for a race in spring. My left hip hurts on every run.")]
    public void A_length_of_care_a_job_or_a_pastime_is_not_the_episode(string text) =>
        Assert.Null(Days(text));

    [Theory]
    [InlineData("Ive been on painkillers for my back pain for 3 weeks and it's no better.", 21)] // the pain named beside the care
    [InlineData("Three days ago I had a hard gym session and my lower back has hurt since.", 3)] // a date of the event that began it
    [InlineData("I drove lorries for 10 years. My lower back has hurt for 2 months.", 60)] // the pain's own length
    [InlineData("My lower back has been aching for 6 weeks, so I started physio.", 42)]
    public void A_length_of_the_pain_or_a_date_of_its_start_is_still_read(string text, int days) =>
        Assert.Equal(days, Days(text));
}
