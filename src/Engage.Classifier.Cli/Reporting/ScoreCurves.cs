namespace Engage.Classifier.Cli.Reporting;

/// <summary>
/// Precision-recall and ROC curves of the spam probability, spam against everything else, computed by sweeping
/// the threshold down through every distinct score (tied scores enter together, so ties never draw a staircase).
/// </summary>
internal static class ScoreCurves
{
    /// <summary>Recall (X) against precision (Y), from the highest threshold to the lowest.</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static IReadOnlyList<CurvePoint> PrecisionRecall(IReadOnlyList<bool> isSpam, IReadOnlyList<double> spamProbability)
    {
        var points = new List<CurvePoint>();
        int positives = isSpam.Count(s => s);
        foreach (var (threshold, truePositives, falsePositives) in Sweep(isSpam, spamProbability))
        {
            double recall = positives == 0 ? 0 : (double)truePositives / positives;
            double precision = (double)truePositives / (truePositives + falsePositives);
            points.Add(new CurvePoint(threshold, recall, precision));
        }

        return points;
    }

    /// <summary>False-positive rate (X) against true-positive rate (Y), starting at (0, 0) and ending at (1, 1).</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static IReadOnlyList<CurvePoint> Roc(IReadOnlyList<bool> isSpam, IReadOnlyList<double> spamProbability)
    {
        int positives = isSpam.Count(s => s);
        int negatives = isSpam.Count - positives;
        var points = new List<CurvePoint> { new(double.PositiveInfinity, 0, 0) };
        foreach (var (threshold, truePositives, falsePositives) in Sweep(isSpam, spamProbability))
        {
            points.Add(new CurvePoint(
                threshold,
                negatives == 0 ? 0 : (double)falsePositives / negatives,
                positives == 0 ? 0 : (double)truePositives / positives));
        }

        return points;
    }

    /// <summary>Area under a curve by the trapezoid rule, over its X order.</summary>
    public static double Area(IReadOnlyList<CurvePoint> points)
    {
        double area = 0;
        for (int i = 1; i < points.Count; i++)
        {
            area += (points[i].X - points[i - 1].X) * (points[i].Y + points[i - 1].Y) / 2;
        }

        return area;
    }

    private static IEnumerable<(double Threshold, int TruePositives, int FalsePositives)> Sweep(IReadOnlyList<bool> isSpam, IReadOnlyList<double> spamProbability)
    {
        ArgumentNullException.ThrowIfNull(isSpam);
        ArgumentNullException.ThrowIfNull(spamProbability);
        if (isSpam.Count != spamProbability.Count)
        {
            throw new ArgumentException("Every comment needs both a true label and a spam probability.", nameof(spamProbability));
        }

        int[] order = Enumerable.Range(0, isSpam.Count).OrderByDescending(i => spamProbability[i]).ToArray();
        int truePositives = 0;
        int falsePositives = 0;
        for (int k = 0; k < order.Length; k++)
        {
            int i = order[k];
            if (isSpam[i])
            {
                truePositives++;
            }
            else
            {
                falsePositives++;
            }

            bool lastOfTie = k == order.Length - 1 || spamProbability[order[k + 1]] != spamProbability[i];
            if (lastOfTie)
            {
                yield return (spamProbability[i], truePositives, falsePositives);
            }
        }
    }
}
