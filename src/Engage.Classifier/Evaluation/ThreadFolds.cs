namespace Engage.Classifier.Evaluation;

/// <summary>
/// The one fold assignment: whole thread groups (<see cref="ThreadGroups"/>) to folds, so no thread is ever both
/// trained and tested on. Used by training's out-of-fold scores and by the tools' grouped evaluations.
/// </summary>
internal static class ThreadFolds
{
    /// <summary>
    /// Returns the fold of each row. Threads are shuffled with <paramref name="seed"/>, then each goes to the
    /// fold with the fewest rows so far, largest threads first, which keeps folds of similar size.
    /// </summary>
    public static int[] Assign(IReadOnlyList<string> groups, int folds, int seed)
    {
        var sizes = groups.GroupBy(g => g, StringComparer.Ordinal)
            .Select(g => (Group: g.Key, Size: g.Count()))
            .OrderBy(g => g.Group, StringComparer.Ordinal)
            .ToList();
        var random = new Random(seed);
        var shuffled = sizes.OrderBy(_ => random.Next()).OrderByDescending(g => g.Size).ToList();
        var foldSize = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (group, size) in shuffled)
        {
            int smallest = Array.IndexOf(foldSize, foldSize.Min());
            foldOf[group] = smallest;
            foldSize[smallest] += size;
        }

        return groups.Select(g => foldOf[g]).ToArray();
    }
}
