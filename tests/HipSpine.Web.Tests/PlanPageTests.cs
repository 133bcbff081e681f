using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// "My plan" as a person reads it: today's exercises first with a drawing and a "done" tick that writes the diary,
/// the treatment options folded; medicines that need a prescription say "ask your doctor", anti-inflammatories
/// ask their safety questions before saying anything like "you can start"; a printable exercise sheet.
/// </summary>
public sealed class PlanPageTests
{
    [Fact]
    public async Task Today_comes_first_with_drawings_and_a_done_tick_that_writes_the_diary()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "today@example.com");
        var page = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan");

        var today = page.IndexOf("id=\"today-title\"", StringComparison.Ordinal);
        Assert.True(today > 0 && today < page.IndexOf("id=\"options-title\"", StringComparison.Ordinal), "today's exercises are not before the treatment options");
        Assert.Contains("Today: week 1, Calm things down", Html.Text(page), StringComparison.Ordinal);
        var drawing = Regex.Match(page, "<img class=\"figure\" src=\"(/exercises/[a-z_]+\\.svg)\"[^>]*alt=\"Drawing of the start and end position. START: [^\"]+END: ");
        Assert.True(drawing.Success, "no exercise drawing with START and END alt text");
        using (var svg = await client.GetAsync(new Uri(drawing.Groups[1].Value, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
            Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Today's "How to do it" leads to the exercise's one full description in the plan below, not a second copy.
        var targets = Regex.Matches(page, "<a href=\"#(how-[a-z_]+)\">How to do it").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Single(Regex.Matches(page, $"id=\"{target}\"")));

        Assert.Matches("<details class=\"option-group\"", page);
        Assert.DoesNotContain("You can start this now", Html.Text(page)[..today], StringComparison.Ordinal);

        // "Done today" posts the diary form: one tick and the pain, and the diary has the entry with that exercise.
        var first = Regex.Match(page, "name=\"Form.Exercises\\[0\\].ExerciseId\" value=\"([^\"]+)\"").Groups[1].Value;
        var at = Regex.Match(page, "name=\"Form.At\" value=\"([^\"]+)\"").Groups[1].Value;
        using (var done = await client.PostAsync($"/assessments/{id}/diary/entry", page,
            [new("Form.At", at), new("Form.Pain", "3"), new("Form.Exercises[0].ExerciseId", first), new("Form.Exercises[0].Done", "true")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }

        var diary = Html.Text(await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary"));
        Assert.Contains("3/10", diary, StringComparison.Ordinal);

        var sheet = Html.Text(await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan/sheet"));
        Assert.Contains("My exercises: Calm things down", sheet, StringComparison.Ordinal);
        Assert.Contains("/exercises/", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prescription_medicines_say_ask_your_doctor_and_anti_inflammatories_ask_first()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "medicines@example.com");
        var page = Html.Text(await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan"));

        foreach (var card in Cards(page).Where(c => c.Contains("Duloxetine", StringComparison.Ordinal) || c.Contains("opioid", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.DoesNotContain("You can start this now", card, StringComparison.Ordinal);
            Assert.Contains("Ask your doctor", card, StringComparison.Ordinal);
        }

        var nsaid = Card(page, "Anti-inflammatory tablets (NSAIDs");
        Assert.DoesNotContain("You can start", nsaid, StringComparison.Ordinal);
        Assert.Contains("Answer the safety questions below before taking this", nsaid, StringComparison.Ordinal);
        foreach (var question in new[] { "stomach ulcer", "kidney disease", "heart failure", "blood thinner", "asthma", "pregnant" })
        {
            Assert.Contains(question, nsaid, StringComparison.Ordinal);
        }

        var asthma = Card(Html.Text(await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan?nsaid-checked=1&nsaid-risk=asthma")), "Anti-inflammatory tablets (NSAIDs");
        Assert.Contains("Ask your doctor or pharmacist before taking this, because your asthma has got worse", asthma, StringComparison.Ordinal);
        var none = Card(Html.Text(await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan?nsaid-checked=1")), "Anti-inflammatory tablets (NSAIDs");
        Assert.Contains("From your answers, you may try this", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_option_links_to_what_the_guidelines_say_with_the_whole_reference()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "evidence@example.com");
        var page = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan");
        var treatments = app.Services.GetRequiredService<KnowledgeBase>().Care.Treatments.ToDictionary(t => t.Id, StringComparer.Ordinal);

        var cards = Regex.Matches(page, "<article class=\"option[^\"]*\" aria-labelledby=\"t-([a-z0-9_]+)\".*?</article>", RegexOptions.Singleline).ToArray();
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            var treatment = treatments[card.Groups[1].Value];
            Assert.Contains($"<a href=\"/learn/treatments/{treatment.Id}\">What the guidelines say", card.Value, StringComparison.Ordinal);
        }

        // The linked page gives every guideline's position and its reference whole, which the plan no longer repeats.
        var first = treatments[cards[0].Groups[1].Value];
        var evidence = Html.Text(await AccountSteps.GetOkAsync(client, $"/learn/treatments/{first.Id}"));
        Assert.All(first.Evidence, e => Assert.Contains(Html.Text(e.Reference), evidence, StringComparison.Ordinal));
        Assert.All(first.Cautions, c => Assert.Contains(Html.Text(c.Text), evidence, StringComparison.Ordinal));
        Assert.DoesNotContain("(strength:", page, StringComparison.Ordinal);
        using var missing = await client.GetAsync(new Uri("/learn/treatments/nope", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static IEnumerable<string> Cards(string page) =>
        Regex.Matches(page, "<article class=\"option.*?</article>", RegexOptions.Singleline).Select(m => m.Value);

    private static string Card(string page, string name) => Cards(page).Single(c => c.Contains(name, StringComparison.Ordinal));
}
