namespace Engage.Classifier.Evaluation;

/// <summary>Metric arithmetic shared by training reports and evaluations.</summary>
internal static class Metrics
{
    /// <summary>The lowest spam threshold training may choose.</summary>
    public const double LowestThreshold = 0.05;

    /// <summary>
    /// The threshold <see cref="ChooseThreshold"/> returns when no threshold meets the target: above every spam probability
    /// a model serves, so nothing is called spam.
    /// </summary>
    public const double NothingIsSpam = 1.0;

    /// <summary>The thresholds of a report's table (<see cref="EvaluationReport.Thresholds"/>).</summary>
    public static readonly double[] TableThresholds = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99];

    public static EvaluationReport Compute(IReadOnlyList<CommentLabel> actual, IReadOnlyList<CommentLabel> predicted, IReadOnlyList<double> spamProbability, double spamThreshold, IReadOnlyList<string?>? threadIds)
    {
        if (actual.Count != predicted.Count || actual.Count != spamProbability.Count || (threadIds is not null && threadIds.Count != actual.Count))
        {
            throw new ArgumentException("Labels, verdicts and threads must have the same length.");
        }

        if (actual.Count == 0)
        {
            throw new ArgumentException("Nothing to evaluate: no comments.");
        }

        var counts = new int[3][];
        for (int i = 0; i < 3; i++)
        {
            counts[i] = new int[3];
        }

        for (int i = 0; i < actual.Count; i++)
        {
            counts[(int)actual[i]][(int)predicted[i]]++;
        }

        int correct = counts[0][0] + counts[1][1] + counts[2][2];
        var point = PointAt(actual, predicted.Select(p => p == CommentLabel.Spam).ToArray(), spamThreshold);
        double f1 = point.SpamPrecision + point.SpamRecall == 0 ? 0 : 2 * point.SpamPrecision * point.SpamRecall / (point.SpamPrecision + point.SpamRecall);
        int threads = threadIds is null ? actual.Count : ThreadGroups.Count(ThreadGroups.Of(threadIds));

        return new EvaluationReport
        {
            Count = actual.Count,
            ThreadCount = threads,
            Accuracy = correct / (double)actual.Count,
            SpamPrecision = point.SpamPrecision,
            SpamRecall = point.SpamRecall,
            SpamF1 = f1,
            Auc = Auc(actual, spamProbability),
            GenuineFalsePositiveRate = point.GenuineFalsePositiveRate,
            SpamThreshold = spamThreshold,
            ConfusionMatrix = new ConfusionMatrix(counts),
            Thresholds = TableThresholds
                .Select(t => PointAt(actual, spamProbability.Select(p => p >= t).ToArray(), t))
                .ToArray(),
        };
    }

    private static ThresholdPoint PointAt(IReadOnlyList<CommentLabel> actual, bool[] calledSpam, double threshold)
    {
        int truePositive = 0, falsePositive = 0, spam = 0, genuine = 0, genuineCalledSpam = 0;
        for (int i = 0; i < actual.Count; i++)
        {
            bool isSpam = actual[i] == CommentLabel.Spam;
            spam += isSpam ? 1 : 0;
            genuine += actual[i] == CommentLabel.Genuine ? 1 : 0;
            if (!calledSpam[i])
            {
                continue;
            }

            if (isSpam)
            {
                truePositive++;
            }
            else
            {
                falsePositive++;
                genuineCalledSpam += actual[i] == CommentLabel.Genuine ? 1 : 0;
            }
        }

        double precision = truePositive + falsePositive == 0 ? 1 : truePositive / (double)(truePositive + falsePositive);
        double recall = spam == 0 ? 0 : truePositive / (double)spam;
        double fpr = genuine == 0 ? 0 : genuineCalledSpam / (double)genuine;
        return new ThresholdPoint(threshold, precision, recall, fpr);
    }

    /// <summary>ROC AUC of spam against the rest, by the rank-sum statistic with ties averaged.</summary>
    public static double Auc(IReadOnlyList<CommentLabel> actual, IReadOnlyList<double> score)
    {
        int[] order = Enumerable.Range(0, actual.Count).OrderBy(i => score[i]).ToArray();
        double rankSum = 0;
        long positives = 0;
        int k = 0;
        while (k < order.Length)
        {
            int end = k;
            while (end + 1 < order.Length && score[order[end + 1]] == score[order[k]])
            {
                end++;
            }

            double averageRank = ((k + end) / 2.0) + 1;
            for (int j = k; j <= end; j++)
            {
                if (actual[order[j]] == CommentLabel.Spam)
                {
                    rankSum += averageRank;
                    positives++;
                }
            }

            k = end + 1;
        }

        long negatives = actual.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    /// <summary>
    /// Among the thresholds whose genuine false-positive rate is at most <paramref name="targetFalsePositiveRate"/>,
    /// the one with the best spam F1 (spam against everything else); never below <paramref name="floor"/>.
    /// When no threshold meets the target, a threshold above every score (nothing is called spam).
    /// </summary>
    public static double ChooseThreshold(IReadOnlyList<CommentLabel> actual, IReadOnlyList<double> spamProbability, double targetFalsePositiveRate, double floor = LowestThreshold)
    {
        int[] order = Enumerable.Range(0, actual.Count).OrderByDescending(i => spamProbability[i]).ToArray();
        int genuine = actual.Count(a => a == CommentLabel.Genuine);
        int spam = actual.Count(a => a == CommentLabel.Spam);
        double best = double.NaN, bestF1 = -1;
        int truePositive = 0, falsePositive = 0, genuineCalled = 0;
        int k = 0;
        while (k < order.Length && spamProbability[order[k]] >= floor)
        {
            // Call every comment scored at or above this value spam, ties together.
            double threshold = spamProbability[order[k]];
            while (k < order.Length && spamProbability[order[k]] == threshold)
            {
                CommentLabel label = actual[order[k]];
                truePositive += label == CommentLabel.Spam ? 1 : 0;
                falsePositive += label == CommentLabel.Spam ? 0 : 1;
                genuineCalled += label == CommentLabel.Genuine ? 1 : 0;
                k++;
            }

            double fpr = genuine == 0 ? 0 : genuineCalled / (double)genuine;
            if (fpr > targetFalsePositiveRate)
            {
                break;
            }

            double precision = truePositive / (double)(truePositive + falsePositive);
            double recall = spam == 0 ? 0 : truePositive / (double)spam;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = threshold;
            }
        }

        return double.IsNaN(best) ? NothingIsSpam : best;
    }
}
