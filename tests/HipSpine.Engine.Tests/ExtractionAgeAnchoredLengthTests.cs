namespace HipSpine.Engine.Tests;

/// <summary>
/// A length told from the person's own age ("since I was 14") is the years from that age to the age given beside the
/// text; without the age, or when the number is not an age, nothing is read. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionAgeAnchoredLengthTests
{
    private static object? Duration(string text, int? age)
    {
        var found = ExtractedValue.Extractor.Extract(text, ExtractedValue.Today, age).Findings.Where(f => f.Finding.Code == "episode.duration_days").ToList();
        return found.Count == 0 ? null : found[0].Value.Number;
    }

    [Theory]
    [InlineData("My lower back has ached since I was 30.", 40, 3650)]
    [InlineData("Ever since I was about 17 my hips have been stiff and sore.", 21, 1460)]
    [InlineData("I've had groin pain on and off since I was 15 or 16, mostly after football.", 25, 3468)] // the midpoint
    [InlineData("My back has hurt since the age of 12.", 18, 2190)]
    [InlineData("Hip pain since I was nineteen years old.", 22, 1095)]
    public void A_length_told_from_the_persons_age_is_read_with_the_age(string text, int age, int days) =>
        Assert.Equal(days, Duration(text, age));

    [Theory]
    [InlineData("My lower back has ached since I was 30.", null)] // no age given
    [InlineData("My pelvis has hurt since I was 20 weeks pregnant.", 33)] // weeks of a pregnancy, not an age
    [InlineData("I've smoked since I was 16 and I drink most nights.", 50)] // not the complaint
    [InlineData("My back hurts and my mum has had bad hips since she was 40.", 45)] // someone else's
    [InlineData("My back has been stiff since I was a teenager.", 30)] // no number
    [InlineData("My hip has hurt since I was 30.", 30)] // the same age: not a length in years
    public void Without_an_age_or_an_age_in_years_nothing_is_read(string text, int? age) =>
        Assert.Null(Duration(text, age));

    [Fact]
    public void Another_length_in_the_story_measures_the_episode()
    {
        // "Since I was 19" tells of a long-standing trouble; the flare told as a length is this episode.
        Assert.Equal(21, Duration("Since I was 19 my back has ached now and then. This flare started three weeks ago.", 35));
    }

    [Fact]
    public void The_age_is_optional()
    {
        const string text = "My lower back hurts for two weeks.";
        Assert.Equal(ExtractedValue.Extractor.Extract(text, ExtractedValue.Today).Findings, ExtractedValue.Extractor.Extract(text, ExtractedValue.Today, null).Findings);
        Assert.Equal(14, Duration(text, 60));
    }
}
