namespace Engage.Classifier.Evaluation;

/// <summary>
/// The one thread-group rule for splits and counts: comments of one thread form a group; a comment without a
/// thread (null or empty) is a group of its own, named by its row so it cannot collide with a real thread id.
/// Training's folds, the report's thread count and the tools' held-out splits all use it.
/// </summary>
internal static class ThreadGroups
{
    public static string Of(string? threadId, int row) => string.IsNullOrEmpty(threadId) ? $"\0row{row}" : threadId;

    public static string[] Of(IReadOnlyList<string?> threadIds)
    {
        var groups = new string[threadIds.Count];
        for (int i = 0; i < groups.Length; i++)
        {
            groups[i] = Of(threadIds[i], i);
        }

        return groups;
    }

    public static string[] Of(IReadOnlyList<LabeledComment> comments) => Of(comments.Select(c => c.Comment.ThreadId).ToArray());

    public static int Count(IReadOnlyList<string> groups) => groups.Distinct(StringComparer.Ordinal).Count();
}
