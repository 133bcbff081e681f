namespace HipSpine.Engine.Tests;

/// <summary>
/// The eightieth round's recall of a recurrence (<c>episode.recurrent</c>): the complaint named with "again" and nothing
/// else, as a headline ("Right hip again."), and a bare "Again." after a sentence that names the complaint. Near misses
/// (a verb, no complaint, a condition after "again", a bare "Back again", "Again." after something else) stay as they were.
/// The sentences are not from the corpus.
/// </summary>
public sealed class ExtractionComplaintAgainTests
{
    private static object? Recurrent(string text) => ExtractedValue.Of(text, "episode.recurrent");

    [Theory]
    [InlineData("Right hip again. It started on Sunday after gardening and it hurts to walk.")]
    [InlineData("Lumbago again - I can hardly stand up straight this morning.")]
    [InlineData("My lower back again! It locked up when I bent over the sink.")]
    [InlineData("Sat down awkwardly and my lower back went. Again. Now I can barely move.")]
    public void The_complaint_named_with_again_recurs(string text) => Assert.Equal(true, Recurrent(text));

    [Theory]
    [InlineData("Back again with a question about my hip, which has ached for ten days.")] // the writer back on a forum
    [InlineData("My hip again hurts when I walk, it started last week.")] // a verb after "again"
    [InlineData("Went to the doctor about my sore knee. Again. She said rest.")] // "Again." after no complaint of the back or hip
    [InlineData("My hip hurts. Will I be able to run again?")] // a verb, no complaint
    [InlineData("My lower back has hurt for a week. Work again tomorrow.")] // no complaint before "again"
    public void Near_misses_stay_unread(string text) => Assert.Null(Recurrent(text));
}
