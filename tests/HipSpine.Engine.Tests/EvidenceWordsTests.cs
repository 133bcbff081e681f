using HipSpine.Engine.Assessment;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>Evidence is explained in words and names only answered findings.</summary>
public class EvidenceWordsTests
{
    [Theory]
    [InlineData(3.1, "makes this about 3 times more likely")]
    [InlineData(1.2, "makes this a little more likely")]
    [InlineData(0.5, "makes this about 2 times less likely")]
    [InlineData(0.9, "makes this a little less likely")]
    [InlineData(14.7, "makes this about 15 times more likely")]
    public void A_likelihood_ratio_is_said_in_words(double lr, string words) => Assert.Equal(words, EvidenceWords.Effect(lr));

    [Fact]
    public void The_basis_names_the_study_size_and_year_or_says_it_is_an_estimate()
    {
        Assert.Equal("study of 1,172 people, 2009", EvidenceWords.Basis("published", "primary-care low back pain, Australia (n=1,172)", "Henschke et al. 2009 Arthritis Rheum 60:3072"));
        Assert.Equal("published study, 2021", EvidenceWords.Basis("derived", "hip pain", "Arch Phys Med Rehabil 2021;102:2454"));
        Assert.Equal("our estimate from published research", EvidenceWords.Basis("estimate", "", "HipSpine estimate"));
    }

    [Fact]
    public void Every_evidence_line_names_an_answered_finding()
    {
        // "in the hip" matches items written for groin pain too: the line must name the answered hip item, never an unanswered code.
        foreach (var subject in new[] { Kb.Case(60, "female", ("where.hip", true)), Kb.Case(70, "male", ("where.low_back", true), ("systemic.fever", true)) })
        {
            var result = Kb.Engine.Assess(subject);
            foreach (var line in result.Sources.SelectMany(s => s.Evidence))
            {
                if (Kb.Knowledge.Vocabulary.FindFinding(line.Finding) is { } definition)
                {
                    Assert.True(subject[definition.Index].IsKnown, $"evidence names unanswered {line.Finding}");
                }
            }
        }
    }
}
