namespace Engage.Classifier;

/// <summary>
/// What <see cref="CommentClassifier.Calibrate"/> measured: the model before and after calibration on the held-out part
/// of the site's comments (the latest quarter in the order given), scored by a calibration fitted without them.
/// </summary>
public sealed record CalibrationReport
{
    /// <summary>Comments the calibration was fitted on for the held-out measurement (the earlier three quarters).</summary>
    public required int FittedComments { get; init; }

    /// <summary>The model as it was, at its own threshold, on the held-out comments.</summary>
    public required EvaluationReport Before { get; init; }

    /// <summary>
    /// The model calibrated on the fitted comments only, at the threshold chosen on them, on the held-out comments: the
    /// honest measure of what calibrating does on comments it has not seen.
    /// </summary>
    public required EvaluationReport After { get; init; }

    /// <summary>
    /// The returned model (calibrated on every comment given, at <see cref="SpamThreshold"/>) on the same held-out
    /// comments: what is saved. They were among the comments it was fitted on, so this is not a held-out measure.
    /// </summary>
    public required EvaluationReport Saved { get; init; }

    /// <summary>
    /// <see langword="true"/> when <see cref="After"/> is less accurate than <see cref="Before"/>: calibrating made the
    /// model worse on the comments it had not seen (often by trading spam recall for the target false-positive rate),
    /// and the returned model may be worse than the one given.
    /// </summary>
    public bool WorseOnHeldOut => After.Accuracy < Before.Accuracy;

    /// <summary>
    /// <see langword="true"/> when the returned model (<see cref="Saved"/>) is less accurate than the model given
    /// (<see cref="Before"/>) on the latest comments, although it was fitted on them too: a calibration that cannot keep the
    /// target false-positive rate on these comments without giving up spam recall (for example when genuine comments score
    /// as high as the spam) can choose a threshold that calls almost nothing spam.
    /// </summary>
    public bool SavedWorseThanBefore => Saved.Accuracy < Before.Accuracy;

    /// <summary>The spam threshold of the returned model, chosen on every comment given.</summary>
    public required double SpamThreshold { get; init; }

    /// <summary>
    /// <see langword="true"/> when no spam threshold kept the target false-positive rate on the comments given: the
    /// returned model's <see cref="SpamThreshold"/> is 1, above every spam probability it serves, so it calls no comment
    /// spam. The usual cause is too few spam comments that carry a payload (<see cref="SpamWithPayload"/>).
    /// </summary>
    public bool CallsNothingSpam => SpamThreshold >= Evaluation.Metrics.NothingIsSpam;

    /// <summary>
    /// Spam comments among those given that carry a payload (<see cref="PayloadKinds"/>): a comment without one is never
    /// spam, so only these can be called spam, and only these can set the spam threshold.
    /// </summary>
    public required int SpamWithPayload { get; init; }

    /// <summary>
    /// <see langword="true"/> when the spam probability was refitted; <see langword="false"/> when the comments that carry
    /// a payload (the only ones whose spam probability is served) were all spam or all not spam, so the model kept its
    /// calibration and only the threshold was chosen on the comments.
    /// </summary>
    public required bool ProbabilityRefitted { get; init; }

    /// <summary>
    /// <see langword="true"/> when no comment but spam scored a spam probability of 0.05 or more on the comments given (the
    /// model took none of the genuine ones for anything like spam), so every threshold between 0.05 and the lowest spam
    /// probability keeps the same numbers: <see cref="SpamThreshold"/> is then the middle of that span in log-odds, as
    /// training stores it (<see cref="TrainingReport.ThresholdBetweenSeparatedScores"/>), not its top edge, where the same
    /// spam scored a hair lower would be let through. No genuine comment with a payload backs it.
    /// </summary>
    /// <value><see langword="false"/> when some genuine or low-relevance comment scored 0.05 or more, or no spam did.</value>
    public bool ThresholdBetweenSeparatedScores { get; init; }

    /// <summary>What the returned model records about the calibration (<see cref="CommentClassifier.Calibration"/>).</summary>
    public required SiteCalibration Calibration { get; init; }
}
