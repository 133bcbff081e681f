using HipSpine.Tests.Shared;
using HipSpine.Engine.Extraction;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Symptoms that are themselves an absence or an inability ("I haven't opened my bowels", "I cannot pass urine", "I
/// can't feel the toilet paper"): a negation or an inability before a normal function affirms the finding, a denied
/// difficulty or "fine" denies it, and a negation about something else says nothing. Each red-flag family both ways;
/// the sentences are not from the corpus.
/// </summary>
public sealed class ExtractionLostFunctionTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    // retention: the inability is the symptom
    [InlineData("I cannot pass urine since this morning.", true)]
    [InlineData("I haven't passed water all day.", true)]
    [InlineData("I have not been able to pee since yesterday.", true)]
    [InlineData("I'm unable to empty my bladder.", true)]
    [InlineData("I cannot feel when I need to pee.", true)]
    [InlineData("I'm struggling to pass urine.", true)]
    [InlineData("I try to pee and can't.", true)]
    // denials of the symptom stay denials
    [InlineData("No trouble passing urine.", false)]
    [InlineData("I haven't had any difficulty passing water.", false)]
    [InlineData("I can pass urine normally.", false)]
    [InlineData("Passing water is fine.", false)]
    // a negation about something else says nothing about the bladder
    [InlineData("It doesn't hurt when I pee.", null)]
    [InlineData("I pee, no burning.", null)]
    [InlineData("I don't pee much at night.", null)]
    [InlineData("My dad can't pass urine.", null)]
    public void Bladder(string text, object? expected) => Assert.Equal(expected, Value(text, "neuro.bladder_change"));

    [Theory]
    [InlineData("I have not opened my bowels for three days.", true)]
    [InlineData("I haven't opened my bowels or passed wind since Sunday.", true)]
    [InlineData("I have not been able to poo.", true)]
    [InlineData("I went four days without opening my bowels.", true)]
    [InlineData("I can't feel when I need to poo.", true)]
    // the negation after or inside the function loses it too (NegEx would read a post-negation as a denial)
    [InlineData("My bowels haven't opened for three days.", true)]
    [InlineData("Bowels not opened since Sunday.", true)]
    [InlineData("No problems with my bowels.", false)]
    [InlineData("My bowels are normal.", false)]
    [InlineData("I've had no trouble opening my bowels.", false)]
    [InlineData("It doesn't hurt when I poo.", null)]
    public void Bowel(string text, object? expected) => Assert.Equal(expected, Value(text, "neuro.bowel_change"));

    [Theory]
    [InlineData("I can't feel the toilet paper when I wipe.", true)]
    [InlineData("I can no longer feel the toilet paper.", true)]
    [InlineData("There is no feeling down below.", true)]
    [InlineData("I have no sensation between my legs.", true)]
    [InlineData("I can feel the toilet paper fine.", false)]
    [InlineData("Feeling down below is normal.", false)]
    public void Saddle_numbness(string text, object? expected) => Assert.Equal(expected, Value(text, "neuro.saddle_numbness"));

    [Theory]
    [InlineData("Since the back went I can't ejaculate.", "neuro.sexual_dysfunction_new", true)]
    [InlineData("I have not been able to get an erection.", "neuro.sexual_dysfunction_new", true)]
    [InlineData("I can get an erection fine.", "neuro.sexual_dysfunction_new", false)]
    [InlineData("I cannot lift my foot when I walk.", "neuro.foot_drop", true)]
    [InlineData("I'm unable to walk on my heels.", "neuro.foot_drop", true)]
    [InlineData("I can walk on my heels fine.", "neuro.foot_drop", false)]
    [InlineData("I cannot stand on my toes on the left.", "neuro.leg_weakness", true)]
    [InlineData("I can't keep my balance.", "neuro.unsteady_gait", true)]
    [InlineData("I can walk in a straight line normally.", "neuro.unsteady_gait", false)]
    [InlineData("I can't grip things with my right hand.", "neuro.other_new_symptoms", true)]
    [InlineData("I can see properly.", "neuro.other_new_symptoms", null)] // one part of a two-part finding: never denied
    public void Nerves(string text, string code, object? expected) => Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("I haven't been able to put any weight on it.", "func.cannot_bear_weight", true)]
    [InlineData("I cannot take a step.", "func.cannot_bear_weight", true)]
    [InlineData("I can put weight on my leg fine.", "func.cannot_bear_weight", false)]
    [InlineData("I have some trouble putting weight on my leg.", "func.cannot_bear_weight", null)] // a difficulty is not an inability
    [InlineData("I just can't seem to get comfortable.", "pain.restless_cannot_get_comfortable", true)]
    [InlineData("I can get comfortable lying on my side.", "pain.restless_cannot_get_comfortable", null)]
    public void Standing_and_rest(string text, string code, object? expected) => Assert.Equal(expected, Value(text, code));

    private static readonly string[] InabilityTemplates = ["I can't {0}.", "I cannot {0} at all.", "I haven't been able to {0}.", "I am unable to {0}."];

    private static readonly string[] WorksTemplates = ["I can {0} fine.", "I can {0} normally.", "It doesn't hurt when I {0}.", "I don't know if I {0} more."];

    [Fact]
    public void Every_function_phrase_is_present_when_lost_and_never_when_it_works()
    {
        var (lexicon, _) = LexiconLoader.Load(Kb.Knowledge);
        var phrases = lexicon.Phrases.Where(p => p.NamesAFunction).ToList();
        Assert.True(phrases.Count > 50, $"only {phrases.Count} function phrases");
        var wrong = new List<string>();
        foreach (var phrase in phrases)
        {
            var code = phrase.Finding!.Code;
            foreach (var template in InabilityTemplates)
            {
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, phrase.Text);
                if (Value(text, code) is not true)
                {
                    wrong.Add($"\"{text}\" -> {code} not present");
                }
            }

            foreach (var template in WorksTemplates)
            {
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, phrase.Text);
                if (Value(text, code) is true)
                {
                    wrong.Add($"\"{text}\" -> {code} present");
                }
            }
        }

        Assert.True(wrong.Count == 0, "function phrases read the wrong way:\n" + string.Join('\n', wrong));
    }
}
