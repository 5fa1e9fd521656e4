using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Training;

/// <summary>
/// How far the spam threshold moves from thread to thread: each held-out group's own threshold for the target
/// false-positive rate, measured on its out-of-fold spam probabilities alone, and whether there were enough such
/// groups to see the spread at all.
/// </summary>
/// <remarks>
/// The stored threshold stays the one chosen on all out-of-fold probabilities pooled (<see cref="Metrics.ChooseThreshold"/>):
/// on YouTube leave-one-video-out (data/EVALUATION.md) the median of the training videos' own thresholds lands within
/// 0.003 of the pooled one for every held-out video, while the held-out video needed 0.849 (LMFAO) or 0.231 (Eminem)
/// against a stored 0.96-0.97: its spam scored lower
/// than the training videos' spam, which no estimate from the training threads can see. What does help is to
/// calibrate on the new thread's first labeled comments (<see cref="CommentClassifier.Calibrate"/>).
/// </remarks>
internal static class GroupThresholds
{
    /// <summary>Groups with their own threshold needed before the spread counts as measured.</summary>
    public const int GroupsForSpread = 5;

    /// <summary>Fewest genuine comments a group needs before its own threshold counts (at 1%, fewer cannot resolve the target).</summary>
    public const int GenuinePerGroup = 20;

    /// <summary>Each group's own threshold (groups with at least <see cref="GenuinePerGroup"/> genuine comments and some spam).</summary>
    public static IReadOnlyDictionary<string, double> Of(IReadOnlyList<string> groups, IReadOnlyList<CommentLabel> actual, IReadOnlyList<double> spamProbability, double targetFalsePositiveRate)
    {
        var own = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, groups.Count).GroupBy(i => groups[i], StringComparer.Ordinal))
        {
            CommentLabel[] labels = group.Select(i => actual[i]).ToArray();
            if (labels.Count(l => l == CommentLabel.Genuine) >= GenuinePerGroup && labels.Contains(CommentLabel.Spam))
            {
                own[group.Key] = Metrics.ChooseThreshold(labels, group.Select(i => spamProbability[i]).ToArray(), targetFalsePositiveRate);
            }
        }

        return own;
    }

    /// <summary>Whether too few groups had their own threshold to estimate the spread honestly.</summary>
    public static bool TooFew(IReadOnlyDictionary<string, double> own) => own.Count < GroupsForSpread;
}
