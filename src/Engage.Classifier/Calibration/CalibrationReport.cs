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

    /// <summary>The model calibrated on the fitted comments only, at the threshold chosen on them, on the held-out comments.</summary>
    public required EvaluationReport After { get; init; }

    /// <summary>The spam threshold of the returned model, chosen on every comment given.</summary>
    public required double SpamThreshold { get; init; }

    /// <summary>
    /// <see langword="true"/> when the spam probability was refitted; <see langword="false"/> when the comments that carry
    /// a payload (the only ones whose spam probability is served) were all spam or all not spam, so the model kept its
    /// calibration and only the threshold was chosen on the comments.
    /// </summary>
    public required bool ProbabilityRefitted { get; init; }

    /// <summary>What the returned model records about the calibration (<see cref="CommentClassifier.Calibration"/>).</summary>
    public required SiteCalibration Calibration { get; init; }
}
