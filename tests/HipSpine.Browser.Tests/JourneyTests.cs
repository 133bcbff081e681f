using HipSpine.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>Three patients going through the real interview in Chromium, from the home page to the result.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Saddle_numbness_stops_the_interview_at_once_with_the_emergency_banner()
    {
        await using var session = await fixture.NewSessionAsync();
        var start = await StartPage.OpenAsync(session.Page);
        var interview = await start.StartAssessmentAsync();
        await interview.AnswerAboutYouAsync(52, "Male");
        await interview.ClickBodyRegionAsync("where.low_back");
        await interview.ContinueAsync();

        // The cauda equina screen is asked first, before anything else.
        Assert.Contains("neuro.saddle_numbness", await interview.QuestionCodesAsync());
        await interview.AnswerScreenAsync(new Dictionary<string, string> { ["neuro.saddle_numbness"] = "Yes" });
        await interview.ContinueAsync();

        var result = new ResultPage(session.Page);
        await Assertions.Expect(result.EmergencyBanner).ToBeVisibleAsync();
        await Assertions.Expect(result.EmergencyBanner).ToContainTextAsync("Emergency: get help now");
        await Assertions.Expect(result.EmergencyBanner).ToContainTextAsync("We stopped the questions");
        await Assertions.Expect(result.EmergencyBanner).ToContainTextAsync("ambulance");
        session.AssertNoOffSiteRequests();
    }

    [Fact]
    public async Task A_hip_osteoarthritis_picture_points_to_the_hip_and_survives_going_back_a_step()
    {
        await using var session = await fixture.NewSessionAsync();
        var interview = await (await StartPage.OpenAsync(session.Page)).StartAssessmentAsync();
        await interview.AnswerAboutYouAsync(68, "Female");
        await interview.TickBodyRegionAsync("where.groin");
        await interview.ClickBodyRegionAsync("where.low_back");
        await interview.ContinueAsync();

        // Warning-sign screens come first and are answered "No" (the default); then a screen is answered,
        // taken back, and answered again: the same screen must come back and lead to the same next one.
        await interview.AnswerScreenAsync(HipOsteoarthritis);
        await interview.ContinueAsync();
        var heading = await interview.Heading.TextContentAsync();
        var codes = await interview.QuestionCodesAsync();
        await interview.AnswerScreenAsync(HipOsteoarthritis);
        await interview.ContinueAsync();
        var nextHeading = await interview.Heading.TextContentAsync();
        Assert.NotEqual(heading, nextHeading);

        await interview.BackAsync();
        await Assertions.Expect(interview.Heading).ToHaveTextAsync(heading!);
        Assert.Equal(codes, await interview.QuestionCodesAsync());
        await interview.AnswerScreenAsync(HipOsteoarthritis);
        await interview.ContinueAsync();
        await Assertions.Expect(interview.Heading).ToHaveTextAsync(nextHeading!);

        var result = await interview.AnswerUntilResultAsync(HipOsteoarthritis);

        await Assertions.Expect(result.EmergencyBanner).ToHaveCountAsync(0);
        var sources = await result.SourceNamesAsync();
        Assert.True(sources.Take(3).Contains("Hip osteoarthritis"), "Top sources: " + string.Join("; ", sources));
        // The interview asks the hip questions while they can still make hip OA "likely", so the pattern is hip-driven.
        var pattern = await result.Pattern.TextContentAsync();
        Assert.True(pattern == HipDrivenSentence, "Pattern: " + pattern + "; sources: " + string.Join("; ", sources));
        session.AssertNoOffSiteRequests();
    }

    [Fact]
    public async Task A_back_strain_after_lifting_two_days_ago_is_self_care_without_alarm()
    {
        await using var session = await fixture.NewSessionAsync();
        var interview = await (await StartPage.OpenAsync(session.Page)).StartAssessmentAsync();
        await interview.AnswerAboutYouAsync(35, "Male");
        await interview.ClickBodyRegionAsync("where.low_back");
        await interview.ContinueAsync();

        var result = await interview.AnswerUntilResultAsync(BackStrain);

        await Assertions.Expect(result.UrgencyTitle).ToHaveTextAsync("Self-care: you can look after this at home for now");
        await Assertions.Expect(result.EmergencyBanner).ToHaveCountAsync(0);
        var urgencyText = await result.UrgencyBox.InnerTextAsync();
        foreach (var alarming in new[] { "Emergency", "ambulance", "999", "urgent", "We stopped the questions" })
        {
            Assert.DoesNotContain(alarming, urgencyText, StringComparison.OrdinalIgnoreCase);
        }

        session.AssertNoOffSiteRequests();
    }

    private const string HipDrivenSentence = "Your hip seems to be the main driver. Treating the hip first often helps the back as well.";

    /// <summary>A 68-year-old with months of groin pain: stiff hip, shoes and socks hard, stairs worse. Others "No".</summary>
    internal static readonly Dictionary<string, string> HipOsteoarthritis = new(StringComparer.Ordinal)
    {
        ["episode.duration_days"] = "270",
        ["episode.onset"] = "Slowly, over days or weeks",
        ["stiffness.morning_minutes"] = "20",
        ["pain.severity_now"] = "5",
        ["pain.difficulty_shoes_socks"] = "Yes",
        ["pain.worse_stairs_or_rising"] = "Yes",
        ["pain.worse_walking"] = "Yes",
        ["pain.worse_weight_bearing"] = "Yes",
        ["func.hip_stiff_reduced_motion"] = "Yes",
        ["func.limp"] = "Yes",
        ["func.walking_distance_reduced"] = "Yes",
        ["pain.night"] = "Not sure",
        ["hx.smoker"] = "Not sure",
    };

    /// <summary>A 35-year-old who hurt his low back lifting two days ago; nothing else.</summary>
    internal static readonly Dictionary<string, string> BackStrain = new(StringComparer.Ordinal)
    {
        ["episode.duration_days"] = "2",
        ["episode.onset"] = "Suddenly, within minutes or hours",
        ["pain.severity_now"] = "4",
        ["pain.severity_worst"] = "5", // a core question: unanswered, the result could never be self care
        ["hx.lifting_onset"] = "Yes",
        ["pain.worse_bending_lifting"] = "Yes",
    };
}
