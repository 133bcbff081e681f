using HipSpine.Web.Plans;

namespace HipSpine.Web.Tests;

/// <summary>The plan page cites each study or guideline without the remarks that follow it.</summary>
public sealed class PlanCitationTests
{
    [Theory]
    [InlineData("Qaseem et al. 2017 Ann Intern Med 166:514 (acute: NSAIDs or skeletal muscle relaxants)", "Qaseem et al. 2017 Ann Intern Med 166:514")]
    [InlineData("NICE NG59 (2016), via GPonline and Pulse summaries (oral NSAID first, lowest dose). Strength is HipSpine's reading", "NICE NG59 (2016), via GPonline and Pulse summaries")]
    [InlineData("Bannuru et al. 2019 Osteoarthritis Cartilage 27:1578; OARSI guideline", "Bannuru et al. 2019 Osteoarthritis Cartilage 27:1578")]
    [InlineData("NICE NG226 (2022)", "NICE NG226 (2022)")]
    public void The_citation_keeps_the_source_and_drops_the_remarks(string reference, string citation) =>
        Assert.Equal(citation, PlanWords.Citation(reference));
}
