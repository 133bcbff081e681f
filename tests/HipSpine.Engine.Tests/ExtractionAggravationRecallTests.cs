namespace HipSpine.Engine.Tests;

/// <summary>
/// The tenth round's recall kinds for what makes the pain worse: one condition shared by a short list ("if I sit or stand
/// for long", "if I sit too long" as a habit and not a possibility), "for a while" and "more than an hour" as lengths and not a condition, "bring it on" as a list's predicate, and rising from a seat
/// kept in its order; and lay ways of saying walking or standing is hard ("can barely get around", "struggling to stand").
/// Both ways; the sentences are not from the corpus.
/// </summary>
public sealed class ExtractionAggravationRecallTests
{
    private static object? Value(string text, string code) => ExtractedValue.Of(text, code);

    [Theory]
    [InlineData("My back aches if I sit or stand for long.", "pain.worse_standing", true)]
    [InlineData("My back aches if I sit or stand for long.", "pain.worse_sitting", true)]
    [InlineData("My hip hurts when I stand or walk.", "pain.worse_walking", true)]
    [InlineData("My back feels better when I sit or lie down.", "pain.worse_sitting", null)] // what eases it
    public void A_condition_reaches_every_activity_of_a_short_list(string text, string code, bool? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("Sitting or standing for a while makes my back worse.", "pain.worse_standing", true)]
    [InlineData("Sitting or standing for a while makes my back worse.", "pain.worse_sitting", true)]
    [InlineData("Sitting or standing for a while makes my back worse.", "pain.worse_stairs_or_rising", null)] // not rising from a seat
    [InlineData("Walking and standing bring it on, my back and buttock ache.", "pain.worse_walking", true)]
    [InlineData("Walking and standing bring it on, my back and buttock ache.", "pain.worse_standing", true)]
    [InlineData("My hip hurts going from sitting to standing.", "pain.worse_stairs_or_rising", true)] // rising keeps its order
    [InlineData("Walking is fine, it's bending that brings it on. My back aches.", "pain.worse_walking", false)]
    public void A_list_before_a_predicate_shares_it(string text, string code, bool? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My hip hurts if I sit too long.", "pain.worse_sitting", true)] // "if" of a habit, not a possibility
    [InlineData("If I stand for more than ten minutes I get an ache in my buttock.", "where.buttock", true)]
    [InlineData("If I bend over or sit down it goes off. My back aches.", "pain.worse_bending_lifting", null)] // what eases it
    [InlineData("I'd like to know if I have a fever. My back aches.", "systemic.fever", null)] // still a possibility
    public void If_before_an_activity_is_a_habit(string text, string code, bool? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("Sitting more than an hour and standing more than 20 minutes set it off. My back aches.", "pain.worse_sitting", true)]
    [InlineData("Sitting more than an hour and standing more than 20 minutes set it off. My back aches.", "pain.worse_standing", true)]
    [InlineData("Sitting at a desk for longer than two hours makes my back pain worse.", "pain.worse_sitting", true)]
    [InlineData("Walking is better than sitting, which makes it worse. My hip aches.", "pain.worse_walking", null)] // a comparison
    public void More_than_an_amount_is_no_comparison(string text, string code, bool? expected) =>
        Assert.Equal(expected, Value(text, code));

    [Theory]
    [InlineData("My hip is so bad I can barely get around the house.", true)]
    [InlineData("My back hurts and I'm struggling to stand for long.", true)]
    [InlineData("My hip pain means I can't walk properly any more.", true)]
    [InlineData("Since the fall I've needed a walking frame. My hip aches.", true)]
    [InlineData("My back aches and walking is getting harder every week.", true)]
    [InlineData("I can walk properly and my hip only aches at night.", null)] // walking told as normal
    [InlineData("My back aches when I can.", null)] // "can" is no cane
    public void Lay_ways_of_saying_walking_or_standing_is_hard(string text, bool? expected) =>
        Assert.Equal(expected, Value(text, "func.difficulty_walking_standing"));
}
