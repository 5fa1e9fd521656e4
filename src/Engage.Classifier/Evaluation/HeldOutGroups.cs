namespace Engage.Classifier.Evaluation;

/// <summary>Per-group held-out numbers for the training report (<see cref="HeldOutGroup"/>).</summary>
internal static class HeldOutGroups
{
    public static IReadOnlyList<HeldOutGroup> Of(
        IReadOnlyList<string> groups, IReadOnlyList<CommentLabel> actual, IReadOnlyList<CommentLabel> predicted, IReadOnlyDictionary<string, double>? thresholds = null) =>
        Enumerable.Range(0, groups.Count)
            .GroupBy(i => groups[i], StringComparer.Ordinal)
            .Select(g => new HeldOutGroup(
                Name(g.Key),
                g.Count(),
                g.Average(i => actual[i] == predicted[i] ? 1.0 : 0.0),
                ShareCalledSpam(g, actual, predicted, CommentLabel.Genuine),
                ShareCalledSpam(g, actual, predicted, CommentLabel.Spam))
            {
                SpamThreshold = thresholds is not null && thresholds.TryGetValue(g.Key, out double threshold) ? threshold : double.NaN,
            })
            .OrderByDescending(g => g.Comments)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToArray();

    private static double ShareCalledSpam(IEnumerable<int> rows, IReadOnlyList<CommentLabel> actual, IReadOnlyList<CommentLabel> predicted, CommentLabel label)
    {
        int[] of = rows.Where(i => actual[i] == label).ToArray();
        return of.Length == 0 ? double.NaN : of.Count(i => predicted[i] == CommentLabel.Spam) / (double)of.Length;
    }

    /// <summary>The group's name as people know it: the source or thread without the prefix that keeps them apart.</summary>
    private static string Name(string group) =>
        group.StartsWith(ThreadGroups.SourcePrefix, StringComparison.Ordinal) ? group[ThreadGroups.SourcePrefix.Length..]
        : group.StartsWith('\0') ? "(no thread)" : group;
}
