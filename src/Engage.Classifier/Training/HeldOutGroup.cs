namespace Engage.Classifier;

/// <summary>
/// How the out-of-fold verdicts did on one held-out group of the training data: a thread, or a source when training
/// held out whole sources (<see cref="TrainingReport.FoldsHoldOutSources"/>). The spread across groups says how much
/// a threshold chosen on the pool can move on the next thread or site.
/// </summary>
/// <param name="Name">The thread id or the source name.</param>
/// <param name="Comments">Comments in the group.</param>
/// <param name="Accuracy">Share given their true label, all three labels counted.</param>
/// <param name="GenuineFalsePositiveRate">Share of the group's genuine comments called spam; NaN when it has none.</param>
/// <param name="SpamRecall">Share of the group's spam called spam; NaN when it has none.</param>
public sealed record HeldOutGroup(string Name, int Comments, double Accuracy, double GenuineFalsePositiveRate, double SpamRecall)
{
    /// <summary>
    /// The group's own threshold for <see cref="TrainingReport.TargetFalsePositiveRate"/>, measured on its out-of-fold
    /// spam probabilities alone: how far the threshold moves from thread to thread.
    /// </summary>
    /// <value>NaN when the group has too few genuine comments or no spam to measure it, and in reports saved without it.</value>
    public double SpamThreshold { get; init; } = double.NaN;
}
