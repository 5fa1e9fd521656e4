using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Training;

/// <summary>
/// The spam threshold chosen so that it holds on a thread (or source) training never saw. Every held-out group's own
/// threshold for the target false-positive rate is measured on its out-of-fold scores; the pooled threshold over all
/// of them is also measured. TODO rule.
/// </summary>
internal static class ThreadShiftThreshold
{
    /// <summary>Held-out groups with genuine and spam comments a rule needs before it trusts the spread between them.</summary>
    public const int GroupsForSpread = 5;

    /// <summary>Fewest genuine comments a group needs before its own threshold counts.</summary>
    public const int GenuinePerGroup = 20;

    public static ThresholdEstimate Choose(IReadOnlyList<string> groups, IReadOnlyList<CommentLabel> actual, IReadOnlyList<double> spamProbability, double targetFalsePositiveRate)
    {
        double pooled = Metrics.ChooseThreshold(actual, spamProbability, targetFalsePositiveRate);
        var perGroup = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, groups.Count).GroupBy(i => groups[i], StringComparer.Ordinal))
        {
            int[] rows = group.ToArray();
            CommentLabel[] labels = rows.Select(i => actual[i]).ToArray();
            if (labels.Count(l => l == CommentLabel.Genuine) < GenuinePerGroup || !labels.Contains(CommentLabel.Spam))
            {
                continue;
            }

            perGroup[group.Key] = Metrics.ChooseThreshold(labels, rows.Select(i => spamProbability[i]).ToArray(), targetFalsePositiveRate);
        }

        return new ThresholdEstimate(pooled, pooled, perGroup, perGroup.Count < GroupsForSpread);
    }
}

/// <summary>The threshold training stores and what it was chosen from.</summary>
/// <param name="Chosen">The threshold stored in the model.</param>
/// <param name="Pooled">The threshold for the target on all out-of-fold scores pooled.</param>
/// <param name="PerGroup">Each held-out group's own threshold for the target (groups with enough genuine and spam comments).</param>
/// <param name="TooFewGroups">Whether too few groups had their own threshold to estimate the spread honestly.</param>
internal sealed record ThresholdEstimate(double Chosen, double Pooled, IReadOnlyDictionary<string, double> PerGroup, bool TooFewGroups);
