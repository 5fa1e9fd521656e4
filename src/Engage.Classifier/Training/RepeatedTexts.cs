namespace Engage.Classifier.Training;

/// <summary>
/// Comments whose text, case and spacing aside, also sits in a thread of another fold: the same spam posted to several
/// threads, or the same short praise. The held-out numbers score such a comment with a model that trained on its copy,
/// so they read better than they would on text the model never saw.
/// </summary>
internal static class RepeatedTexts
{
    /// <summary>How many of the comments of each label repeat a text found in another fold (labels without any are left out).</summary>
    /// <param name="comments">The comments as given (not the copies the trainer adds, nor the default corpus).</param>
    /// <param name="foldOf">The fold of each comment, same order.</param>
    public static IReadOnlyDictionary<CommentLabel, int> AcrossFolds(IReadOnlyList<LabeledComment> comments, ReadOnlySpan<int> foldOf)
    {
        var folds = new Dictionary<string, (int First, bool Several)>(StringComparer.Ordinal);
        var keys = new string[comments.Count];
        for (int i = 0; i < comments.Count; i++)
        {
            keys[i] = Key(comments[i].Comment.Text);
            folds[keys[i]] = folds.TryGetValue(keys[i], out var seen)
                ? (seen.First, seen.Several || seen.First != foldOf[i])
                : (foldOf[i], false);
        }

        var repeated = new Dictionary<CommentLabel, int>();
        for (int i = 0; i < comments.Count; i++)
        {
            if (folds[keys[i]].Several)
            {
                repeated[comments[i].Label] = repeated.GetValueOrDefault(comments[i].Label) + 1;
            }
        }

        return repeated;
    }

    /// <summary>
    /// The texts (case and spacing aside) given with more than one label, in the order they first appear, each with its
    /// labels: the same words called genuine in one row and low relevance or spam in another, which the model learns both ways.
    /// </summary>
    /// <param name="comments">The comments as given.</param>
    public static IReadOnlyList<(string Text, CommentLabel[] Labels)> WithSeveralLabels(IReadOnlyList<LabeledComment> comments)
    {
        var labels = new Dictionary<string, (string First, HashSet<CommentLabel> Labels)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (LabeledComment comment in comments)
        {
            string key = Key(comment.Comment.Text);
            if (!labels.TryGetValue(key, out var seen))
            {
                labels[key] = seen = (comment.Comment.Text, []);
                order.Add(key);
            }

            seen.Labels.Add(comment.Label);
        }

        return [.. order.Where(k => labels[k].Labels.Count > 1).Select(k => (labels[k].First, labels[k].Labels.Order().ToArray()))];
    }

    /// <summary>The text in lower case with every run of white space as one space, trimmed.</summary>
    private static string Key(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
