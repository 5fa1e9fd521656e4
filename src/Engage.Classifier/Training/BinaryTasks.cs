namespace Engage.Classifier.Training;

/// <summary>
/// The two binary tasks every model kind learns (text models, trees, calibrators): spam against everything
/// else, and, among comments that are not spam, filler (low relevance) against genuine conversation.
/// </summary>
internal static class BinaryTasks
{
    public static IEnumerable<(T Row, bool Label)> Spam<T>(IEnumerable<(T Row, CommentLabel Label)> rows) =>
        rows.Select(r => (r.Row, r.Label == CommentLabel.Spam));

    public static IEnumerable<(T Row, bool Label)> Filler<T>(IEnumerable<(T Row, CommentLabel Label)> rows) =>
        rows.Where(r => r.Label != CommentLabel.Spam).Select(r => (r.Row, r.Label == CommentLabel.LowRelevance));
}
