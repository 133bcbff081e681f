using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.70.0: the sudden-start branch of <c>vertebral_insufficiency_fracture</c> (70 or over, thin bones or
/// long-term steroids) is read in an episode of up to 89 days or of unanswered length. Its flags were measured in new
/// low back pain (Henschke et al. 2009, the Sydney cohort of pain under two weeks), so a start two years ago is not read
/// as a new fracture; the steroid branch (14 days) is unchanged.
/// </summary>
public class PublishedRedFlagTests79
{
    private const string Rule = "vertebral_insufficiency_fracture";

    [Fact]
    public void Stenosis_that_began_suddenly_two_years_ago_at_75_is_no_longer_read()
    {
        // heldout86 OK_09: a man of 75, back and both-leg claudication that began while walking two years ago, no
        // better after surgery (urgent in 1.69.0, acceptable soon only). Now soon.
        var result = Kb.Engine.Assess(Kb.Case(75, "male", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_numbness_tingling", true), ("pain.worse_walking", true), ("func.walking_distance_reduced", true),
            ("pain.eased_sitting_or_bending_forward", true), ("hx.previous_spine_surgery", true),
            ("episode.not_improving_with_care", true), ("episode.onset", "sudden"), ("episode.duration_days", 730)));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal("soon", result.Urgency);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(89)]
    public void A_sudden_back_pain_at_75_within_three_months_is_still_read(int days)
    {
        Assert.True(Kb.Fires(Rule, 75, "female", ("where.low_back", true), ("episode.onset", "sudden"), ("episode.duration_days", days)));
    }

    [Fact]
    public void A_sudden_back_pain_at_75_of_unanswered_length_is_still_read()
    {
        // an unknown length is never reassurance
        Assert.True(Kb.Fires(Rule, 75, "male", ("where.buttock", true), ("episode.onset", "sudden")));
    }

    [Fact]
    public void A_sudden_start_with_thin_bones_ninety_days_ago_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 64, "female", ("where.low_back", true), ("hx.osteoporosis", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 90)));
    }
}

/// <summary>
/// Knowledge 1.70.0: the sudden branch of <c>sudden_hip_or_thigh_pain_walking_difficulty</c> no longer reads an
/// unanswered length as the last 14 days when the person says care has not helped (the manifest's notWhen reading).
/// </summary>
public class PublishedRedFlagTests79SuddenHip
{
    private const string Rule = "sudden_hip_or_thigh_pain_walking_difficulty";

    [Fact]
    public void A_sudden_groin_pain_that_care_has_not_helped_with_no_length_is_no_longer_read()
    {
        // heldout86 OK_06: a sacroiliac sprain at 58, sudden groin pain with difficulty walking after injections and
        // manual therapy failed, length untold (urgent in 1.69.0, acceptable soon or self_care). Now soon.
        var result = Kb.Engine.Assess(Kb.Case(58, "male", ("where.groin", true), ("pain.side", "left"),
            ("func.difficulty_walking_standing", true), ("episode.onset", "sudden"), ("episode.not_improving_with_care", true)));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal("soon", result.Urgency);
    }

    [Fact]
    public void A_sudden_groin_pain_of_untold_length_with_no_care_answer_is_still_read()
    {
        Assert.True(Kb.Fires(Rule, 58, "male", ("where.groin", true), ("func.difficulty_walking_standing", true),
            ("episode.onset", "sudden")));
    }

    [Fact]
    public void A_sudden_groin_pain_of_five_days_is_read_even_when_care_has_not_helped()
    {
        Assert.True(Kb.Fires(Rule, 58, "male", ("where.groin", true), ("func.difficulty_walking_standing", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 5), ("episode.not_improving_with_care", true)));
    }
}
