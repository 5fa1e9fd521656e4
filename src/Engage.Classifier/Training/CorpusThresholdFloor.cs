using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Training;

/// <summary>
/// The lowest spam threshold a model trained with <see cref="TrainerOptions.WithDefaultCorpus"/> may store when the
/// given genuine comments are too few to measure the target false-positive rate: fewer than
/// <see cref="FalsePositiveEvidence.FalsePositivesToMeasureReliably"/> / target (1,000 at 1%). Then the stored threshold is never below the one the
/// default corpus's own out-of-fold spam probabilities need for the target (its ~2,800 genuine comments can measure it).
/// </summary>
/// <remarks>
/// <para>
/// Why: only genuine comments that carry a payload (a link, a contact, a pitch) get a spam probability above 0, and a few
/// hundred genuine comments hold a handful of them, often none. The threshold chosen on them is then set by zero to three
/// comments and can land anywhere below the spam: a YouTube video's first 200 comments (75-179 genuine, 0-3 with a
/// payload) stored 0.128-0.933 with the default corpus, and the lowest ones called up to 3.5% of the next video's genuine
/// comments spam (data/EVALUATION.md, "Training on top of the default corpus"). The default corpus's 2,782 genuine
/// comments, scored out of fold in the same run, can measure the target (at 1%, 27 of them may score above it); losing a
/// real comment costs more than letting a spam through, so the floor only raises the threshold, never lowers it.
/// </para>
/// <para>
/// With enough genuine comments of their own the caller's threshold stands as chosen (<see cref="GroupThresholds"/>):
/// their site may need a lower one than the invented blog comments do, and they can measure it. A target of 0 is
/// measured by any number of genuine comments (none may be called spam), so it gets no floor.
/// </para>
/// </remarks>
internal static class CorpusThresholdFloor
{
    /// <summary>
    /// The floor for a caller with <paramref name="givenGenuine"/> genuine comments: the threshold the default corpus's
    /// out-of-fold probabilities need for <paramref name="target"/>, or <see langword="null"/> when the caller's own comments
    /// can measure the target.
    /// </summary>
    public static double? Of(int givenGenuine, IReadOnlyList<CommentLabel> corpusLabels, IReadOnlyList<double> corpusSpamProbability, double target) =>
        FalsePositiveEvidence.TooFewToMeasureReliably(givenGenuine, target) ? Metrics.ChooseThreshold(corpusLabels, corpusSpamProbability, target) : null;

    /// <summary>The threshold to store: <paramref name="threshold"/>, raised to <paramref name="floor"/> when there is one.</summary>
    public static double Applied(double threshold, double? floor) => floor is { } lowest ? Math.Max(threshold, lowest) : threshold;
}
