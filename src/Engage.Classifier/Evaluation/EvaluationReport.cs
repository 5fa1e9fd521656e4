namespace Engage.Classifier;

/// <summary>
/// How well a classifier did on labeled comments it did not train on.
/// Spam metrics treat <see cref="CommentLabel.Spam"/> as positive and both other labels as negative;
/// the false-positive rate counts genuine comments only, since losing a real comment is the costly mistake.
/// </summary>
public sealed record EvaluationReport
{
    /// <summary>Number of comments evaluated.</summary>
    public required int Count { get; init; }

    /// <summary>Number of distinct threads they came from (comments without a thread count as one each).</summary>
    public required int ThreadCount { get; init; }

    /// <summary>Share of comments given their true label, all three labels counted.</summary>
    public required double Accuracy { get; init; }

    /// <summary>Share of comments called spam that are spam.</summary>
    /// <value>1 by convention when no comment was called spam (nothing to divide by; the CLI prints n/a).</value>
    public required double SpamPrecision { get; init; }

    /// <summary>Share of spam called spam.</summary>
    /// <value>0 by convention when there is no spam among the comments (the CLI prints n/a).</value>
    public required double SpamRecall { get; init; }

    /// <summary>Harmonic mean of spam precision and recall.</summary>
    public required double SpamF1 { get; init; }

    /// <summary>Area under the ROC curve of the spam probability, spam against everything else; NaN when one side is empty.</summary>
    public required double Auc { get; init; }

    /// <summary>Share of genuine comments called spam.</summary>
    public required double GenuineFalsePositiveRate { get; init; }

    /// <summary>The spam threshold the labels were given at.</summary>
    public required double SpamThreshold { get; init; }

    /// <summary>True against predicted labels.</summary>
    public required ConfusionMatrix ConfusionMatrix { get; init; }

    /// <summary>Precision, recall and false-positive rate at other thresholds, for choosing one.</summary>
    public required IReadOnlyList<ThresholdPoint> Thresholds { get; init; }

    /// <summary>Computes the report from true labels and the verdicts given to the same comments, in the same order.</summary>
    /// <param name="actual">The true labels.</param>
    /// <param name="verdicts">The verdicts.</param>
    /// <param name="spamThreshold">The threshold the verdicts were given at.</param>
    /// <param name="threadIds">The thread of each comment, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentException">The lists differ in length or are empty.</exception>
    public static EvaluationReport Compute(IReadOnlyList<CommentLabel> actual, IReadOnlyList<Verdict> verdicts, double spamThreshold, IReadOnlyList<string?>? threadIds = null)
    {
        Guard.NotNull(actual);
        Guard.NotNull(verdicts);
        var predicted = verdicts.Select(v => v.Label).ToArray();
        var probabilities = verdicts.Select(v => v.SpamProbability).ToArray();
        return Evaluation.Metrics.Compute(actual, predicted, probabilities, spamThreshold, threadIds);
    }
}
