namespace Engage.Classifier.Training;

/// <summary>
/// How bodies of training comments (sources) are weighed against each other, one rule for the default model's recipe
/// and for <see cref="TrainerOptions.WithDefaultCorpus"/>: every comment of a source is multiplied by
/// (mean source total / the source's total)<sup>power</sup>, a total being the sum of the source's weights
/// (<see cref="LabeledComment.Weight"/>, so its row count when every weight is 1). At power 0 sources count by size,
/// at 1 every source counts the same.
/// </summary>
internal static class SourceBalance
{
    /// <summary>
    /// The power the default model's recipe balances its sources with: a source four times the mean counts twice the
    /// mean, not four times.
    /// </summary>
    public const double RecipePower = 0.5;

    /// <summary>Every source counting the same in total: the given comments against the whole default corpus.</summary>
    public const double EqualPower = 1;

    /// <summary>The comments of each source, reweighted by the rule, in the order given.</summary>
    public static LabeledComment[][] Balanced(IReadOnlyList<LabeledComment[]> sources, double power)
    {
        double[] totals = sources.Select(s => s.Sum(c => c.Weight)).ToArray();
        double mean = totals.Average();
        return sources.Select((source, i) =>
        {
            double factor = Math.Pow(mean / totals[i], power);
            return source.Select(c => c with { Weight = c.Weight * factor }).ToArray();
        }).ToArray();
    }
}
