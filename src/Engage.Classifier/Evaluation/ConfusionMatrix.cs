namespace Engage.Classifier;

/// <summary>Counts of comments by true label (rows) and predicted label (columns), in <see cref="CommentLabel"/> order.</summary>
/// <param name="Counts">Counts[actual][predicted], a 3 x 3 array indexed by <see cref="CommentLabel"/>.</param>
public sealed record ConfusionMatrix(int[][] Counts)
{
    /// <summary>How many comments labeled <paramref name="actual"/> were predicted <paramref name="predicted"/>.</summary>
    public int this[CommentLabel actual, CommentLabel predicted] => Counts[(int)actual][(int)predicted];

    /// <summary>Total number of comments counted.</summary>
    public int Total => Counts.Sum(row => row.Sum());
}
