namespace HipSpine.Engine.Tests;

/// <summary>
/// The fifty-second round's context kind: a person named after "with" is company at the moment, so the pain told there is the
/// writer's own ("I was out with my sister when my hip suddenly gave me a terrible pain"). Another person's own complaint, a
/// denial and "pregnant with my son" still read as before. The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionCompanyTests
{
    [Theory]
    [InlineData("I was having coffee with my sister and suddenly a sharp pain started in my lower back.")]
    [InlineData("Playing cards with friends last night, all of a sudden this pain grabbed my hip.")]
    public void A_pain_told_in_company_is_the_writers(string text) => Assert.Equal("sudden", ExtractedValue.Of(text, "episode.onset"));

    [Fact]
    public void A_pain_told_in_company_reads_its_activity() =>
        Assert.Equal(true, ExtractedValue.Of("My lower back aches. I can't sit through a film with my husband because sitting makes it worse.", "pain.worse_sitting"));

    [Theory]
    [InlineData("My back aches a bit. My sister suddenly got a sharp pain in her back last year.")]
    [InlineData("My hip aches. I went to see my friend with back pain that came on suddenly.")]
    public void Another_persons_pain_stays_theirs(string text) => Assert.NotEqual("sudden", ExtractedValue.Of(text, "episode.onset"));

    [Fact]
    public void A_denial_in_company_stays_a_denial() =>
        Assert.Equal(false, ExtractedValue.Of("My lower back aches. Out walking with my husband I had no numbness in my legs at all.", "neuro.leg_numbness_tingling"));
}
