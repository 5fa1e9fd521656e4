using System.Diagnostics.CodeAnalysis;

namespace Engage.Classifier.Evaluation;

/// <summary>
/// The one thread-group rule for splits and counts: comments of one thread form a group; a comment without a
/// thread (null or empty) is a group of its own, named by its row so it cannot collide with a real thread id.
/// Training can group labeled comments by source instead (<see cref="Of(IReadOnlyList{LabeledComment}, bool)"/>).
/// Training's folds, the report's thread count and the tools' held-out splits all use it.
/// </summary>
internal static class ThreadGroups
{
    /// <summary>Whether a comment with this thread id is a thread of its own (no id, or an empty one).</summary>
    public static bool IsOwnThread([NotNullWhen(false)] string? threadId) => string.IsNullOrEmpty(threadId);

    public static string Of(string? threadId, int row) => IsOwnThread(threadId) ? $"\0row{row}" : threadId;

    public static string[] Of(IReadOnlyList<string?> threadIds)
    {
        var groups = new string[threadIds.Count];
        for (int i = 0; i < groups.Length; i++)
        {
            groups[i] = Of(threadIds[i], i);
        }

        return groups;
    }

    /// <summary>Starts a source's group name, so it cannot collide with a thread id.</summary>
    public const string SourcePrefix = "\u0001source:";

    /// <summary>Sources a training set needs before its folds hold out whole sources instead of threads.</summary>
    public const int SourcesForSourceFolds = 3;

    /// <summary>
    /// The groups of labeled comments: whole sources when <paramref name="bySource"/> and the comments come from
    /// <see cref="SourcesForSourceFolds"/> or more (<see cref="LabeledComment.Source"/>; a comment without one stays in
    /// its thread's group), else threads.
    /// </summary>
    public static string[] Of(IReadOnlyList<LabeledComment> comments, bool bySource)
    {
        string[] threads = Of(comments.Select(c => c.Comment.ThreadId).ToArray());
        if (!bySource || comments.Select(c => c.Source).OfType<string>().Distinct(StringComparer.Ordinal).Count() < SourcesForSourceFolds)
        {
            return threads;
        }

        return comments.Select((c, i) => c.Source is { } source ? SourcePrefix + source : threads[i]).ToArray();
    }

    public static int Count(IReadOnlyList<string> groups) => groups.Distinct(StringComparer.Ordinal).Count();
}
