using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Training;

/// <summary>
/// The spam threshold a model stores, and how far it moves from thread to thread: each held-out group's own threshold
/// for the target false-positive rate, measured on its out-of-fold spam probabilities alone, and whether there were
/// enough such groups to see the spread at all.
/// </summary>
/// <remarks>
/// <para>
/// With <see cref="GroupsForSpread"/> or more groups with their own threshold, the stored threshold is the one chosen on
/// all out-of-fold probabilities pooled (<see cref="Metrics.ChooseThreshold"/>): many threads' genuine comments make its
/// tail. With two to four (a team's own few threads), the pooled tail is a handful of genuine comments that carry a
/// payload, most of them from one thread, and the threshold it gives is noise that lands high: on YouTube
/// leave-one-video-out (data/EVALUATION.md) it called 0-2.9% of the held-out video's genuine comments spam and missed
/// 7-22% of its spam, where the mean below missed 2-13% at 0-3.5%. The stored threshold is then the mean of the groups' own thresholds: the threshold a typical new thread
/// needs, each thread counted once, so that no single thread's few high-scoring genuine comments decide it. The pooled
/// false-positive rate at that threshold can exceed the target (the training report's <see cref="TrainingReport.HeldOut"/>
/// shows it), and no rule on so few threads can promise a rate on the next one.
/// </para>
/// <para>
/// With one group or none with its own threshold, the pooled threshold is stored: there is no spread to average.
/// </para>
/// <para>
/// Trained with the default corpus on too few genuine comments to measure the target, the threshold chosen here is then
/// raised to the default corpus's own if it is lower (<see cref="CorpusThresholdFloor"/>).
/// </para>
/// </remarks>
internal static class GroupThresholds
{
    /// <summary>Groups with their own threshold needed before the spread counts as measured.</summary>
    public const int GroupsForSpread = 5;

    /// <summary>Fewest groups with their own threshold whose mean is stored instead of the pooled threshold.</summary>
    public const int GroupsForMean = 2;

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

    /// <summary>
    /// The threshold to store: <paramref name="pooled"/> when there are enough groups with their own threshold, or too
    /// few to average; otherwise the mean of the groups' own thresholds (see the remarks on <see cref="GroupThresholds"/>).
    /// </summary>
    /// <param name="pooled">The threshold chosen on every out-of-fold probability pooled.</param>
    /// <param name="own">Each group's own threshold (<see cref="Of"/>).</param>
    public static double Stored(double pooled, IReadOnlyDictionary<string, double> own) =>
        TooFew(own) && own.Count >= GroupsForMean ? own.Values.Average() : pooled;
}
