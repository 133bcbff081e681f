namespace HipSpine.Engine.Tests;

/// <summary>
/// In a story of a pregnancy, the gestation ("30 weeks pregnant") is no length of the pain, and a point in the pregnancy
/// ("since about 24 weeks") counts the pain's length from there to the gestation. Lengths told as such ("for the past
/// 4 days", "a week ago") stay. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionPregnancyWeeksTests
{
    private static object? Duration(string text) => ExtractedValue.Of(text, "episode.duration_days");

    [Theory]
    [InlineData("I'm 30 weeks pregnant. My pelvis has ached since about 24 weeks and walking is hard.", 42)]
    [InlineData("31 weeks pregnant with my first. The pain in my lower back began around 27 weeks.", 28)]
    [InlineData("My pregnancy is going fine, seven months gone now. Since about 5 months I've had a sharp pain in my groin.", 60)]
    public void A_point_in_the_pregnancy_counts_up_to_the_gestation(string text, int days) =>
        Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("34 weeks pregnant. A week ago I got a sharp pain in my lower back.", 7)]
    [InlineData("34 weeks pregnant. Yesterday I twisted and got a sharp pain in my lower back.", 1)]
    [InlineData("Three weeks of pain in my lower back. I've had a cough for about a year and a half, gone off my food.", 21)]
    public void A_length_told_as_such_stays(string text, int days) =>
        Assert.Equal(days, Duration(text));

    [Fact]
    public void The_gestation_alone_is_no_length() =>
        Assert.Null(Duration("I'm 29 weeks pregnant and my hips hurt when I turn over in bed."));

    [Theory]
    [InlineData("I'm 22 weeks pregnant and for the past 6 days my lower back has ached.", 6)]
    [InlineData("Six months pregnant and I've had a sore groin for the last 3 weeks.", 21)]
    [InlineData("I'm 20 weeks pregnant and I've had pain in my hip for 2 weeks now.", 14)]
    public void A_length_beside_the_gestation_in_the_same_words_is_the_pains(string text, int days) =>
        Assert.Equal(days, Duration(text));

    [Theory]
    [InlineData("I've been pregnant for 5 months and my hips hurt.")]
    [InlineData("I'm 22 weeks pregnant and my hips hurt when I turn over in bed.")]
    public void A_pregnancys_own_length_stays_unread(string text) =>
        Assert.Null(Duration(text));
}
