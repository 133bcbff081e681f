namespace HipSpine.Engine.Tests;

/// <summary>
/// A story that opens on a relation and their age is about that person: "she", "he" and the relation are the patient.
/// A relative told of later, or without an age, is still someone else. Sentences written for the test, not from the corpus.
/// </summary>
public sealed class ExtractionIntroducedWithAnAgeTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("My gran (88) slipped on the wet kitchen floor this morning and now her hip hurts.", "where.hip", true)]
    [InlineData("For my grandad, 91. He has had a sharp pain in his groin since Sunday.", "where.groin", true)]
    [InlineData("My wife is 58 and since last night she has had pain low in her back.", "where.low_back", true)]
    [InlineData("My uncle who is 74 has diabetes and his back aches.", "hx.diabetes", true)]
    [InlineData("I'm her daughter, typing on her phone. My mother is 81 and has diabetes, and her hip aches.", "hx.diabetes", true)]
    public void A_relation_introduced_with_an_age_is_the_patient(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My mum has diabetes. I'm 40 and my back aches.", "hx.diabetes", null)] // no age given with the relation
    [InlineData("I'm 52 and my back aches. My brother (60) has diabetes.", "hx.diabetes", null)] // a relative told of later
    [InlineData("Lately my sister has had a sore hip. My back aches.", "where.hip", null)] // not among the first words
    [InlineData("I was typing all day at work. My brother (60) has diabetes and my back aches.", "hx.diabetes", null)] // typing, for no one
    [InlineData("My son (45) is typing this for me. He has diabetes. My hip aches.", "hx.diabetes", null)] // the one typing
    public void A_relative_told_of_without_an_age_or_later_is_someone_else(string text, string code, object? expected) =>
        Assert.Equal(expected, Value(text, code));
}
